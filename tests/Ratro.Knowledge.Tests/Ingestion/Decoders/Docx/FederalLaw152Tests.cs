using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders.Docx;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>
/// Federal Law 152-ФЗ "О персональных данных" (ред. от 08.08.2024) as ConsultantPlus exports it: chapters and
/// articles are ConsPlusTitle paragraphs with outline levels, parts and items are typed by hand. Expected values
/// were read from word/document.xml of the file.
/// </summary>
public sealed class FederalLaw152Tests(FederalLaw152Document file) : IClassFixture<FederalLaw152Document>
{

    public static TheoryData<string, ClauseKind, string, string?, string?> Clauses => new()
    {
        { "chapter:1", ClauseKind.Chapter, "Глава 1", "ОБЩИЕ ПОЛОЖЕНИЯ", null },
        { "article:1", ClauseKind.Article, "Статья 1", "Сфера действия настоящего Федерального закона", "chapter:1" },
        { "article:1/1", ClauseKind.Part, "1", null, "article:1" },
        { "article:1/1.1", ClauseKind.Part, "1.1", null, "article:1" },
        { "article:3", ClauseKind.Article, "Статья 3", "Основные понятия, используемые в настоящем Федеральном законе", "chapter:1" },
        { "chapter:2", ClauseKind.Chapter, "Глава 2", "ПРИНЦИПЫ И УСЛОВИЯ ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ", null },
        { "article:10", ClauseKind.Article, "Статья 10", "Специальные категории персональных данных", "chapter:2" },
        { "article:10/2.1", ClauseKind.Part, "2.1", null, "article:10" },
        { "article:10.1", ClauseKind.Article, "Статья 10.1", "Особенности обработки персональных данных, разрешенных субъектом персональных данных для распространения", "chapter:2" },
        { "article:19/14", ClauseKind.Part, "14", null, "article:19" },
        { "chapter:5", ClauseKind.Chapter, "Глава 5", "ФЕДЕРАЛЬНЫЙ ГОСУДАРСТВЕННЫЙ КОНТРОЛЬ (НАДЗОР) ЗА ОБРАБОТКОЙ ПЕРСОНАЛЬНЫХ ДАННЫХ. ОТВЕТСТВЕННОСТЬ ЗА НАРУШЕНИЕ ТРЕБОВАНИЙ НАСТОЯЩЕГО ФЕДЕРАЛЬНОГО ЗАКОНА", null },
        { "article:23/1.1", ClauseKind.Part, "1.1", null, "article:23" },
        { "article:25/3", ClauseKind.Part, "3", null, "article:25" },
    };

    [Theory]
    [MemberData(nameof(Clauses))]
    public async Task Clause_has_its_printed_number_heading_and_parent(string key, ClauseKind kind, string number, string? heading, string? parentKey)
    {
        var (_, clauses) = await file.GetAsync();

        var clause = clauses.Key(key);

        Assert.Equal((kind, number, heading), (clause.Kind, clause.Number, clause.Heading));
        Assert.Equal(parentKey, clauses.Parent(clause)?.Key);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "article:1/1", "Настоящим Федеральным законом регулируются отношения, связанные с обработкой персональных данных" },
        { "article:1/1", "(часть 1 в ред. Федерального закона от 25.07.2011 N 261-ФЗ)" },
        { "article:1/1.1", "Положения настоящего Федерального закона применяются к обработке персональных данных граждан Российской Федерации" },
        { "article:1/2", "1) обработке персональных данных физическими лицами исключительно для личных и семейных нужд" },
        { "article:1/2", "3) утратил силу. - Федеральный закон от 25.07.2011 N 261-ФЗ;" },
        { "article:3", "1) персональные данные - любая информация, относящаяся к прямо или косвенно определенному или определяемому физическому лицу (субъекту персональных данных);" },
        { "article:3", "(п. 1.1 введен Федеральным законом от 30.12.2020 N 519-ФЗ)" },
        { "article:4/3.1", "Нормативные правовые акты, принимаемые в соответствии с частью 2 настоящей статьи" },
        { "article:10/2.1", "Обработка персональных данных, касающихся состояния здоровья, полученных в результате обезличивания" },
        { "article:23/1.1", "Утратил силу с 1 июля 2021 года. - Федеральный закон от 11.06.2021 N 170-ФЗ." },
        { "article:25/3", "Утратил силу. - Федеральный закон от 25.07.2011 N 261-ФЗ." },
        { "preamble", "Список изменяющих документов" },
        { "preamble", "Государственной Думой" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Clause_text_holds_the_words_of_the_act(string key, string fragment)
    {
        var (_, clauses) = await file.GetAsync();

        Assert.Contains(fragment, clauses.Key(key).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structure_counts_match_the_act()
    {
        var (_, clauses) = await file.GetAsync();

        Assert.Equal(6, clauses.Count(c => c.Kind == ClauseKind.Chapter));
        Assert.Equal(29, clauses.Count(c => c.Kind == ClauseKind.Article));
        Assert.Equal(170, clauses.Count(c => c.Kind == ClauseKind.Part));
        Assert.Equal(14, clauses.Count(c => c.Key.StartsWith("article:19/", StringComparison.Ordinal)));
        Assert.DoesNotContain(clauses, c => c.Key.Contains('~', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Properties_header_and_pages_are_what_the_file_records()
    {
        var (document, clauses) = await file.GetAsync();

        Assert.Equal("Федеральный закон от 27.07.2006 N 152-ФЗ (ред. от 08.08.2024) \"О персональных данных\"", document.Properties["title"]);
        Assert.StartsWith("Федеральный закон от 27.07.2006 N 152-ФЗ\n(ред. от 08.08.2024)\n\"О персональных данных\"", (string)document.Properties["header"]!, StringComparison.Ordinal);

        // The only page break in the file is the section break after the ConsultantPlus cover page; Word's layout
        // (34 pages in a renderer) is not recorded, so no clause is given a page rather than a wrong one.
        Assert.Equal(0, document.PageCount);
        Assert.Equal("explicit", document.Properties[DocxDecoder.PageSourceKey]);
        Assert.Null(clauses.Key("preamble").PageStart);
        Assert.Null(clauses.Key("article:25/5").PageStart);
        Assert.Contains("The file records explicit page and section breaks but not Word's page layout, so blocks carry no page numbers.", document.Warnings);
    }

    [Fact]
    public async Task The_dated_number_line_is_a_table_and_ConsultantPlus_frames_are_read_as_text()
    {
        var (_, clauses) = await file.GetAsync();

        var table = Assert.Single(clauses.Key("preamble").Tables);
        Assert.Equal(["27 июля 2006 года", "N 152-ФЗ"], table.Rows[0]);
        Assert.Contains("КонсультантПлюс: примечание.", clauses.Key("article:6/1").Text, StringComparison.Ordinal);
        Assert.Empty(clauses.SelectMany(c => c.Footnotes));
    }
}
