namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>Document titles of the field, in Russian and English; every synthetic title is shown with the "[SYNTH]" mark.</summary>
internal static class SyntheticTitles
{
    public const string Mark = "[SYNTH] ";

    public static readonly IReadOnlyList<(string Ru, string En)> All =
    [
        ("Гигиенические требования к обеспечению радиационной безопасности при лучевой терапии", "Radiation safety requirements for radiotherapy"),
        ("Радиационный контроль в отделениях лучевой терапии", "Radiation monitoring in radiotherapy departments"),
        ("Обеспечение качества медицинских линейных ускорителей электронов", "Quality assurance of medical linear accelerators"),
        ("Дозиметрия пучков фотонов и электронов в дистанционной лучевой терапии", "Dosimetry of photon and electron beams in external beam radiotherapy"),
        ("Требования к защите помещений для дистанционной лучевой терапии", "Shielding requirements for external beam radiotherapy rooms"),
        ("Контактная лучевая терапия с источниками высокой мощности дозы", "High dose rate brachytherapy with sealed sources"),
        ("Индивидуальный дозиметрический контроль персонала", "Individual monitoring of occupational exposure"),
        ("Приемочные испытания и ввод в эксплуатацию радиотерапевтического оборудования", "Acceptance testing and commissioning of radiotherapy equipment"),
        ("Калибровка клинических дозиметров", "Calibration of clinical dosimeters"),
        ("Радиационная безопасность при обращении с закрытыми радионуклидными источниками", "Radiation safety of sealed radioactive sources"),
        ("Компьютерная томография для планирования лучевой терапии", "Computed tomography for radiotherapy treatment planning"),
        ("Системы планирования облучения: проверка и контроль качества", "Treatment planning systems: verification and quality control"),
        ("Лучевая терапия с модуляцией интенсивности: контроль качества планов", "Intensity modulated radiotherapy: patient-specific quality assurance"),
        ("Стереотаксическая радиотерапия и радиохирургия", "Stereotactic radiotherapy and radiosurgery"),
        ("Ограничение медицинского облучения пациентов", "Optimization of medical exposure of patients"),
        ("Действия персонала при радиационной аварии в медицинской организации", "Response to radiation incidents in medical facilities"),
        ("Обращение с радиоактивными отходами медицинских организаций", "Management of radioactive waste from medical facilities"),
        ("Подготовка и аттестация медицинских физиков", "Education and qualification of medical physicists"),
        ("Санитарно-эпидемиологические требования к рентгенотерапевтическим кабинетам", "Requirements for orthovoltage X-ray therapy units"),
        ("Контроль нейтронного излучения за защитой ускорителей", "Neutron monitoring behind accelerator shielding"),
        ("Визуализация при подведении пучка: контроль качества систем IGRT", "Image guided radiotherapy: quality control of imaging systems"),
        ("Общие требования безопасности медицинских ускорителей электронов", "General safety requirements for medical electron accelerators"),
        ("Регистрация и расследование незапланированного облучения пациентов", "Reporting and investigation of unintended medical exposures"),
        ("Метрологическое обеспечение измерений в лучевой терапии", "Metrological traceability of radiotherapy measurements"),
    ];
}
