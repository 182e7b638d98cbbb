using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>
/// Приказ Минстроя России от 28.01.2019 N 44/пр (ред. от 16.09.2022): three numbered items of the order, then
/// appendix 1 ("Требования", Roman-numbered sections, items 1–24 with lettered sub-items) and appendix 2
/// ("Порядок", items 1–5), each numbered from 1. Expected values were read from word/document.xml of the file.
/// </summary>
public sealed class MinstroyOrder44Tests(MinstroyOrder44Document file) : IClassFixture<MinstroyOrder44Document>
{

    public static TheoryData<string, ClauseKind, string, string> Clauses => new()
    {
        { "1", ClauseKind.Clause, "1", "Утвердить:" },
        { "2", ClauseKind.Clause, "2", "Признать утратившим силу приказ Министерства строительства и жилищно-коммунального хозяйства Российской Федерации от 25 декабря 2015" },
        { "3", ClauseKind.Clause, "3", "Контроль за исполнением настоящего приказа возложить на заместителя Министра" },
        { "annex:1", ClauseKind.Annex, "Приложение N 1", "к приказу Министерства строительства" },
        { "annex:1/1", ClauseKind.Clause, "1", "Настоящие Требования устанавливают порядок оформления протоколов общих собраний собственников помещений в многоквартирных домах" },
        { "annex:1/4", ClauseKind.Clause, "4", "Протокол общего собрания должен содержать следующие сведения:" },
        { "annex:1/5", ClauseKind.Clause, "5", "Наименование документа должно содержать слова \"Протокол общего собрания собственников помещений в многоквартирном доме\"." },
        { "annex:1/19", ClauseKind.Clause, "19", "Текст каждой структурной единицы основной части содержательной части протокола общего собрания должен состоять из трех частей:" },
        { "annex:1/24", ClauseKind.Clause, "24", "В случае, предусмотренном частью 1.1 статьи 136 Жилищного кодекса Российской Федерации" },
        { "annex:2", ClauseKind.Annex, "Приложение N 2", "к приказу Министерства строительства" },
        { "annex:2/1", ClauseKind.Clause, "1", "Настоящий Порядок устанавливает правила направления подлинников решений (бюллетеней) собственников помещений" },
        { "annex:2/5", ClauseKind.Clause, "5", "Направление подлинников решений, протоколов должно осуществляться способами, позволяющими подтвердить факт и дату их получения" },
    };

    [Theory]
    [MemberData(nameof(Clauses))]
    public async Task Clause_has_its_printed_number_and_text(string key, ClauseKind kind, string number, string textStart)
    {
        var (_, clauses) = await file.GetAsync();

        var clause = clauses.Key(key);

        Assert.Equal((kind, number), (clause.Kind, clause.Number));
        Assert.StartsWith(textStart, clause.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "1", "а) Требования к оформлению протоколов общих собраний собственников помещений в многоквартирных домах согласно приложению N 1" },
        { "annex:1", "ТРЕБОВАНИЯ" },
        { "annex:1/4", "а) наименование документа;" },
        { "annex:1/4", "е) информация о месте (адресе) хранения протоколов общих собраний" },
        { "annex:1/19", "в) часть 3 - \"РЕШИЛИ (ПОСТАНОВИЛИ)\"" },
        { "annex:2/5", "(п. 5 в ред. Приказа Минстроя России от 16.09.2022 N 752/пр)" },
        { "preamble", "Зарегистрировано в Минюсте России 21 февраля 2019 г. N 53863" },
        { "preamble", "ПРИКАЗ" },
        { "preamble", "(в ред. Приказа Минстроя России от 16.09.2022 N 752/пр)" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Clause_text_holds_the_words_of_the_order(string key, string fragment)
    {
        var (_, clauses) = await file.GetAsync();

        Assert.Contains(fragment, clauses.Key(key).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_of_the_requirements_sit_under_their_Roman_numbered_sections()
    {
        var (_, clauses) = await file.GetAsync();

        var sections = clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        Assert.Equal(["I. Общие положения", "II. Требования к оформлению реквизитов протокола общего собрания"], sections.Select(s => s.Heading));
        Assert.All(sections, s => Assert.Equal("annex:1", clauses.Parent(s)?.Key));
        Assert.Equal(sections[0].Id, clauses.Key("annex:1/4").ParentId);
        Assert.Equal(sections[1].Id, clauses.Key("annex:1/5").ParentId);
        Assert.Equal(sections[1].Id, clauses.Key("annex:1/24").ParentId);
        Assert.Equal("annex:2", clauses.Parent(clauses.Key("annex:2/1"))?.Key);
    }

    [Fact]
    public async Task Numbering_restarts_in_each_appendix_without_clashes()
    {
        var (_, clauses) = await file.GetAsync();

        Assert.Equal(["1", "2", "3"], clauses.Where(c => c.Kind == ClauseKind.Clause && !c.Key.Contains(':', StringComparison.Ordinal)).Select(c => c.Key));
        Assert.Equal(24, clauses.Count(c => c.Key.StartsWith("annex:1/", StringComparison.Ordinal)));
        Assert.Equal(5, clauses.Count(c => c.Key.StartsWith("annex:2/", StringComparison.Ordinal)));
        Assert.DoesNotContain(clauses, c => c.Key.Contains('~', StringComparison.Ordinal));
        Assert.Null(clauses.Key("preamble").ParentId);
        Assert.Null(clauses.Key("1").ParentId);
    }

    [Fact]
    public async Task Properties_and_pages_are_what_the_file_records()
    {
        var (document, clauses) = await file.GetAsync();

        Assert.StartsWith("Приказ Минстроя России от 28.01.2019 N 44/пр (ред. от 16.09.2022) \"Об утверждении Требований", (string)document.Properties["title"]!, StringComparison.Ordinal);
        Assert.EndsWith("(Зарегистрировано в Минюсте России 21.02.2019 N 53863)", (string)document.Properties["title"]!, StringComparison.Ordinal);
        Assert.Contains("(ред. от 16.09.2022)", (string)document.Properties["header"]!, StringComparison.Ordinal);
        Assert.Equal(0, document.PageCount);
        Assert.Null(clauses.Key("preamble").PageStart);
        Assert.Null(clauses.Key("annex:2/5").PageStart);
        Assert.Empty(clauses.SelectMany(c => c.Tables));
    }
}
