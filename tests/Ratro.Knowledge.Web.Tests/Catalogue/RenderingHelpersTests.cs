using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Uploads;

namespace Ratro.Knowledge.Web.Tests.Catalogue;

public sealed class RenderingHelpersTests
{
    [Theory]
    [InlineData("a <mark>b</mark> c", "a <mark>b</mark> c")]
    [InlineData("&lt;b&gt; <mark>x</mark>", "&lt;b&gt; <mark>x</mark>")]
    [InlineData("<script>alert(1)</script><mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>")]
    [InlineData("<mark onclick=\"x\">y</mark>", "&lt;mark onclick=\"x\"&gt;y</mark>")]
    public void Snippets_keep_only_mark_elements(string snippet, string expected) =>
        Assert.Equal(expected, SnippetHtml.Safe(snippet));

    [Fact]
    public void The_clause_tree_nests_by_parent_keeps_reading_order_and_makes_anchors_unique()
    {
        var d = new NormativeDocument();
        Clause Add(string key, Clause? parent = null)
        {
            var c = new Clause { Key = key, Ordinal = d.Clauses.Count, ParentId = parent?.Id, DocumentId = d.Id };
            d.Clauses.Add(c);
            return c;
        }

        var one = Add("1");
        Add("1.1", one);
        Add("1.2", one);
        Add("2");
        Add("2");
        var orphan = new Clause { Key = "9", Ordinal = 5, ParentId = Guid.NewGuid() };
        d.Clauses.Add(orphan);

        var tree = ClauseTree.Build(d.Clauses.AsEnumerable().Reverse().ToList());

        Assert.Equal(["p-1", "p-2", "p-2-4", "p-9"], tree.Select(n => n.Anchor));
        Assert.Equal(["1.1", "1.2"], tree[0].Children.Select(n => n.Clause.Key));
        Assert.Equal("1.2", ClauseTree.Find(tree, "1.2")!.Clause.Key);
        Assert.Null(ClauseTree.Find(tree, "3"));
    }

    [Fact]
    public void Table_rows_repeated_in_the_text_are_not_shown_twice()
    {
        var clause = new Clause
        {
            Text = "Значения приведены в таблице.\nA | B\n1 | 2\nПосле таблицы.",
            Tables = [new ClauseTable("Таблица 1", [["A", "B"], ["1", "2"]])],
        };

        Assert.Equal(["Значения приведены в таблице.", "После таблицы."], ClauseText.Paragraphs(clause));
    }

    [Theory]
    [InlineData("C:\\Users\\me\\Приказ 44.docx", "Приказ 44.docx")]
    [InlineData("../../etc/passwd.md", "passwd.md")]
    [InlineData("a\"b<c>d|e:f*g?.pdf", "a_b_c_d_e_f_g_.pdf")]
    [InlineData("...md", "upload.md")]
    [InlineData(".md", "upload.md")]
    [InlineData("", "upload")]
    public void Uploaded_file_names_are_cleaned(string name, string expected) =>
        Assert.Equal(expected, UploadFileName.Clean(name));

    [Fact]
    public void Long_file_names_keep_their_extension()
    {
        var clean = UploadFileName.Clean(new string('я', 300) + ".docx");

        Assert.Equal(UploadFileName.MaxLength, clean.Length);
        Assert.EndsWith("я.docx", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_expansions_are_grouped_by_language_without_weights()
    {
        var groups = ExpansionView.Group(["предел дозы (ru, 0,5)", "dose limit (en, 0.7)", "annual dose limit (en, 0.5)", "odd"]);

        Assert.Equal(
            [("ru", "предел дозы"), ("en", "dose limit|annual dose limit"), ("", "odd")],
            groups.Select(g => (g.Language, string.Join('|', g.Terms))));
    }
}
