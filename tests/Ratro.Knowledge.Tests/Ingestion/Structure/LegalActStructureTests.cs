using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Ingestion.Structure;

/// <summary>Structure rules for Russian acts: inserted parts of articles, Roman-numbered sections of appendices, the registration line.</summary>
public sealed class LegalActStructureTests
{
    private static DecodedBlock Heading(string text, int level) => new() { Kind = BlockKind.Heading, Text = text, HeadingLevel = level };

    private static DecodedBlock Text(string text) => new() { Kind = BlockKind.Paragraph, Text = text };

    private static IReadOnlyList<Clause> Build(params DecodedBlock[] blocks) => new ClauseStructurer().Build(blocks, TestContext.Current.CancellationToken);

    private static string? ParentKey(IReadOnlyList<Clause> clauses, string key)
    {
        var clause = clauses.Single(c => c.Key == key);
        return clauses.SingleOrDefault(c => c.Id == clause.ParentId)?.Key;
    }

    [Fact]
    public void Inserted_part_of_an_article_is_a_sibling_of_the_part_it_follows()
    {
        var clauses = Build(
            Heading("Статья 1. Сфера действия", 2),
            Text("1. Настоящим законом регулируются отношения."),
            Text("1.1. Положения закона применяются также к иностранным лицам."),
            Text("2. Действие закона не распространяется на отношения:"));
        var standard = Build(Heading("3 Требования", 1), Text("3.1 Общие требования"));

        Assert.Equal(["article:1", "article:1/1", "article:1/1.1", "article:1/2"], clauses.Select(c => c.Key));
        Assert.Equal("article:1", ParentKey(clauses, "article:1/1.1"));
        Assert.Equal(ClauseKind.Part, clauses.Single(c => c.Key == "article:1/1.1").Kind);
        Assert.Equal("3", ParentKey(standard, "3.1"));
    }

    [Fact]
    public void Items_of_an_appendix_sit_under_its_unnumbered_section_headings_and_keep_the_appendix_numbering()
    {
        var clauses = Build(
            Text("1. Утвердить Требования."),
            Heading("Приложение N 1", 1),
            Text("к приказу министерства"),
            Heading("I. Общие положения", 2),
            Text("1. Настоящие Требования устанавливают порядок."),
            Text("2. Протокол составляется в письменной форме."),
            Heading("II. Требования к реквизитам", 2),
            Text("3. Наименование документа должно содержать слова."));

        var sections = clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        Assert.Equal(["1", "annex:1", "annex:1/1", "annex:1/2", "annex:1/3"], clauses.Where(c => c.Kind != ClauseKind.Section).Select(c => c.Key));
        Assert.Equal("Приложение N 1", clauses.Single(c => c.Key == "annex:1").Number);
        Assert.Equal(["annex:1", "annex:1"], sections.Select(s => ParentKey(clauses, s.Key)));
        Assert.Equal(sections[0].Key, ParentKey(clauses, "annex:1/2"));
        Assert.Equal(sections[1].Key, ParentKey(clauses, "annex:1/3"));
        Assert.Null(ParentKey(clauses, "1"));
    }

    [Fact]
    public void Registration_line_marked_as_a_heading_stays_in_the_preamble()
    {
        var clauses = Build(
            Heading("Зарегистрировано в Минюсте России 21 февраля 2019 г. N 53863", 1),
            Text("ПРИКАЗ"),
            Text("1. Утвердить Требования."),
            Text("2. Признать утратившим силу приказ."));

        Assert.Equal(["preamble", "1", "2"], clauses.Select(c => c.Key));
        Assert.StartsWith("Зарегистрировано в Минюсте России 21 февраля 2019 г. N 53863\nПРИКАЗ", clauses[0].Text, StringComparison.Ordinal);
        Assert.Null(ParentKey(clauses, "1"));
    }
}
