using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>Generated Word documents through the clause structurer: automatic numbers become clause identifiers.</summary>
public sealed class DocxStructureTests
{
    [Fact]
    public async Task Standard_with_numbered_heading_styles_becomes_a_clause_tree()
    {
        var styles = string.Concat(
            W.ParagraphStyle("a", "Normal"),
            W.ParagraphStyle("a3", "Title"),
            W.ParagraphStyle("1", "heading 1", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/>"),
            W.ParagraphStyle("Заголовок2", "Заголовок 2", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"),
            W.ParagraphStyle("Пункт", "Пункт 3 уровня", "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr>", basedOn: "a"));
        var numbering = W.AbstractNum(0, W.Level(0, "decimal", "%1"), W.Level(1, "decimal", "%1.%2"), W.Level(2, "decimal", "%1.%2.%3"), W.Level(3, "russianLower", "%4)"))
            + W.Num(1, 0);
        var footnote = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Утверждены постановлением 2009 г.</w:t></w:r></w:p></w:footnote>";
        var table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:tc>" + W.P("Категория") + "</w:tc><w:tc>" + W.P("мЗв в год") + "</w:tc></w:tr>"
            + "<w:tr><w:tc>" + W.P("Персонал") + "</w:tc><w:tc>" + W.P("20") + "</w:tc></w:tr></w:tbl>";
        var body = string.Concat(
            W.P("РАДИАЦИОННАЯ БЕЗОПАСНОСТЬ. ОБЩИЕ ТРЕБОВАНИЯ", "a3"),
            W.P("Область применения", "1"),
            W.Raw(W.R("Настоящий стандарт применяют совместно с НРБ-99/2009") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + W.R("."), "a"),
            W.Raw("<w:r><w:lastRenderedPageBreak/></w:r>" + W.R("Требования"), "1"),
            W.P("Требования к персоналу", "Заголовок2"),
            W.P("Персонал проходит обучение.", "Пункт"),
            W.P("Дозы облучения не превышают пределов:", "Пункт"),
            W.Numbered("для персонала;", 1, 3),
            W.Numbered("для населения.", 1, 3),
            W.P("Таблица 1 — Пределы доз", "a"),
            table);
        var fixture = new DocxFixture { Styles = styles, Numbering = numbering, Footnotes = footnote, Body = body };

        var document = await fixture.DecodeAsync();
        var clauses = new ClauseStructurer().Build(document.Blocks, TestContext.Current.CancellationToken);

        Assert.Equal("РАДИАЦИОННАЯ БЕЗОПАСНОСТЬ. ОБЩИЕ ТРЕБОВАНИЯ", document.Properties["title"]);
        Assert.Equal(
            [
                ("preamble", "", null, 1), ("1", "1", "Область применения", 1), ("2", "2", "Требования", 2), ("2.1", "2.1", "Требования к персоналу", 2),
                ("2.1.1", "2.1.1", null, 2), ("2.1.2", "2.1.2", null, 2), ("table:1", "Таблица 1", "Пределы доз", 2),
            ],
            clauses.Select(c => (c.Key, c.Number, c.Heading, c.PageStart ?? 0)));
        Assert.Equal("Дозы облучения не превышают пределов:\nа) для персонала;\nб) для населения.", clauses.Single(c => c.Key == "2.1.2").Text);
        Assert.Equal([new Footnote("1", "Утверждены постановлением 2009 г.")], clauses.Single(c => c.Key == "1").Footnotes);
        Assert.Equal(["Персонал", "20"], Assert.Single(clauses.Single(c => c.Key == "table:1").Tables).Rows[1]);
        Assert.Equal(clauses.Single(c => c.Key == "2.1").Id, clauses.Single(c => c.Key == "2.1.2").ParentId);
    }

    [Fact]
    public async Task Articles_numbered_automatically_become_articles()
    {
        var numbering = W.AbstractNum(0, W.Level(0, "decimal", "Статья %1."), W.Level(1, "decimal", "%2.")) + W.Num(1, 0);
        var styles = W.ParagraphStyle("Article", "Статья закона", "<w:outlineLvl w:val=\"1\"/>");
        var body = W.Numbered("Сфера действия", 1, 0, "Article") + W.Numbered("Настоящим законом регулируются отношения.", 1, 1)
            + W.Numbered("Действие закона не распространяется:", 1, 1) + W.Numbered("Цель закона", 1, 0, "Article") + W.Numbered("Целью является защита прав.", 1, 1);
        var fixture = new DocxFixture { Styles = styles, Numbering = numbering, Body = body };

        var clauses = new ClauseStructurer().Build((await fixture.DecodeAsync()).Blocks, TestContext.Current.CancellationToken);

        Assert.Equal(
            [("article:1", "Сфера действия"), ("article:1/1", null), ("article:1/2", null), ("article:2", "Цель закона"), ("article:2/1", null)],
            clauses.Select(c => (c.Key, c.Heading)));
        Assert.Equal("Целью является защита прав.", clauses[^1].Text);
    }
}
