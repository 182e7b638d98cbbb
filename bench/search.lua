-- wrk script for the search page: every request takes the next query of a fixed list (Russian and English text,
-- designations, facet filters, sorting, paging), so one cached address cannot stand for the whole load.
--   wrk -t2 -c16 -d30s -s bench/search.lua http://127.0.0.1:5080
-- Each wrk thread walks the list from its own starting point.

local queries = {
  "q=пределы доз персонала",
  "q=dose limits for workers",
  "q=НРБ-99/2009",
  "q=ОСПОРБ-99/2010 радиационный контроль",
  "q=СанПиН 2.6.1.2523-09",
  "q=IAEA TRS-398",
  "q=absorbed dose to water calibration",
  "q=контроль качества ускорителя",
  "q=quality assurance of medical accelerators",
  "q=брахитерапия источники",
  "q=brachytherapy source calibration",
  "q=ГОСТ Р МЭК 60601-2-1",
  "q=IEC 61217 coordinate systems",
  "q=ICRP 103 effective dose",
  "q=эффективная доза",
  "q=лицензирование деятельности в области использования источников ионизирующего излучения",
  "q=персональные данные пациента",
  "q=облучение пациентов при медицинских исследованиях",
  "q=радиационная авария&type=sanitary_rules",
  "q=доза&jurisdiction=RU&sort=date",
  "q=dose&jurisdiction=INT",
  "q=protection&issuer=IAEA",
  "q=дозиметрия&page=2",
  "q=AAPM TG-142",
  "q=small field dosimetry",
  "q=обращение с радиоактивными отходами",
  "q=радон в помещениях",
  "q=ionizing radiation medical exposure directive",
  "q=защита персонала от внешнего облучения&sort=date",
  "q=3-ФЗ о радиационной безопасности населения",
  "q=ICRU 83 IMRT prescribing",
  "q=санитарно-защитная зона",
}

local function encode(text)
  return (text:gsub("[^%w%-%._~=&]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for n, query in ipairs(queries) do
  paths[n] = "/search?" .. encode(query)
end

local threads = 0
function setup(thread)
  thread:set("start", threads * 7)
  threads = threads + 1
end

local next = nil
function request()
  next = ((next or start or 0) % #paths) + 1
  return wrk.format("GET", paths[next])
end
