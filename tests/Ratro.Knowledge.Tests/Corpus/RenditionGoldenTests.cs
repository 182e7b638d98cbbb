using System.Text;
using System.Text.Json.Nodes;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Docx;
using Ratro.Knowledge.Corpus.Rendering.Pdf;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Corpus.Renditions;

namespace Ratro.Knowledge.Tests.Corpus;

/// <summary>
/// The committed PDF and DOCX renditions of corpus documents through the real pipeline, compared with golden
/// JSON (corpus/expected), and every golden checked against what the Markdown source says: the same clause
/// tree, the same clause texts, the same text references, and (PDF) clause pages where poppler's pdftotext
/// finds the clause's first words. Goldens are rewritten only with RATRO_UPDATE_GOLDEN=1.
/// </summary>
public sealed class RenditionGoldenTests(RenditionIngests ingests) : IClassFixture<RenditionIngests>
{
    [Theory]
    [MemberData(nameof(RenditionFiles.Cases), MemberType = typeof(RenditionFiles))]
    public async Task Ingesting_the_rendition_gives_its_golden_and_the_clause_texts_of_its_markdown(string name)
    {
        var document = await ingests.DocumentAsync(name);
        var actual = RenditionGolden.Of(name, document);
        var goldenPath = RenditionFiles.Golden(name);
        if (RenditionGolden.Updating)
        {
            RenditionGolden.Write(goldenPath, actual);
        }

        var failures = new StringBuilder();
        var golden = RenditionGolden.Read(goldenPath);
        if (golden is null)
        {
            failures.AppendLine($"corpus/expected/{name}.json is missing; run the tests with {RenditionGolden.UpdateVariable}=1 to write it, then review it.");
        }
        else if (!JsonNode.DeepEquals(golden, actual))
        {
            failures.AppendLine($"Ingestion of {name} differs from corpus/expected/{name}.json (- golden, + actual):")
                .AppendLine(JsonDiff.Lines(RenditionGolden.Format(golden), RenditionGolden.Format(actual)));
        }

        var oracle = await MarkdownOracle.DocumentAsync(name);
        var expected = MarkdownOracle.Body(oracle.Clauses).ToDictionary(c => c.Key, StringComparer.Ordinal);
        foreach (var clause in MarkdownOracle.Body(document.Clauses))
        {
            if (expected.TryGetValue(clause.Key, out var source) && CorpusDocument.Fold(clause.Text) != CorpusDocument.Fold(source.Text))
            {
                failures.AppendLine($"Clause {clause.Key}: the text differs from the Markdown source ({TextDifference(CorpusDocument.Fold(source.Text), CorpusDocument.Fold(clause.Text))}).");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [MemberData(nameof(RenditionFiles.Cases), MemberType = typeof(RenditionFiles))]
    public async Task The_golden_has_the_clause_tree_canonical_key_and_references_of_the_markdown_source(string name)
    {
        var golden = Golden(name);
        var oracle = await MarkdownOracle.DocumentAsync(name);
        var failures = new StringBuilder();
        if ((string?)golden["canonical"] != oracle.Metadata.Canonical)
        {
            failures.AppendLine($"canonical: golden '{golden["canonical"]}', front matter '{oracle.Metadata.Canonical}'.");
        }

        var fromGolden = MarkdownOracle.Outline(golden["clauses"]!.AsArray()
            .Where(c => (string?)c!["key"] != "preamble")
            .Select(c => ((string)c!["key"]!, (string)c["number"]!, (string?)c["heading"])));
        var fromSource = MarkdownOracle.Outline(MarkdownOracle.Body(oracle.Clauses).Select(c => (c.Key, c.Number, c.Heading)));
        if (fromGolden != fromSource)
        {
            failures.AppendLine("The clause tree differs from the Markdown source's (- Markdown, + golden; key | number | heading):")
                .AppendLine(JsonDiff.Lines(fromSource, fromGolden));
        }

        var references = new JsonArray(golden["references"]!.AsArray().Where(r => (string?)r!["sourceClause"] != "preamble").Select(r => r!.DeepClone()).ToArray());
        var sourceReferences = await MarkdownOracle.ReferencesAsync(name);
        if (!JsonNode.DeepEquals(references, sourceReferences))
        {
            failures.AppendLine("The text references differ from those ingesting the Markdown source gives (- Markdown, + golden):")
                .AppendLine(JsonDiff.Lines(RenditionGolden.Format(sourceReferences), RenditionGolden.Format(references)));
        }

        Assert.True(failures.Length == 0, $"{name}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(PdfCases))]
    public async Task Golden_pages_are_where_pdftotext_finds_each_clause_begin(string name)
    {
        if (!PdfTextPages.Available)
        {
            Assert.Skip("pdftotext (Debian poppler-utils) is not installed, so page breaks cannot be checked independently");
        }

        var golden = Golden(name);
        var oracle = await MarkdownOracle.DocumentAsync(name);
        var pages = PdfTextPages.Read(RenditionFiles.File(name), oracle.Metadata.Designation ?? oracle.Metadata.Canonical!);
        Assert.Equal(pages.PageCount, (int)golden["pages"]!);
        var source = MarkdownOracle.Body(oracle.Clauses).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var failures = new StringBuilder();
        var position = 0;
        foreach (var clause in golden["clauses"]!.AsArray().Select(c => c!.AsObject()))
        {
            var key = (string)clause["key"]!;
            if (!source.TryGetValue(key, out var expected))
            {
                continue;
            }

            var words = FirstWords(expected);
            if (pages.Find(words, position) is not { } found)
            {
                failures.AppendLine($"{key}: pdftotext has no \"{string.Join(' ', words)}\" after the previous clause.");
                continue;
            }

            position = found.Next;
            if ((int?)clause["pageStart"] != found.Page)
            {
                failures.AppendLine($"{key}: golden pageStart {clause["pageStart"]}, pdftotext finds \"{string.Join(' ', words)}\" on page {found.Page}.");
            }
        }

        Assert.True(failures.Length == 0, $"{name}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(RenditionFiles.Cases), MemberType = typeof(RenditionFiles))]
    public async Task The_committed_rendition_is_what_rendering_its_markdown_gives_today(string name)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var source = await CorpusSourceReader.ReadFileAsync(RenditionFiles.Source(name), cancellation);
        var fresh = name.EndsWith(".pdf", StringComparison.Ordinal)
            ? new PdfCorpusRenderer().Render(source, cancellation).Bytes
            : new DocxCorpusRenderer().Render(source, cancellation).Bytes;

        var committed = await File.ReadAllBytesAsync(RenditionFiles.File(name), cancellation);
        Assert.True(
            fresh.AsSpan().SequenceEqual(committed),
            $"corpus/renditions/{name} is not what the renderer makes of its Markdown today; regenerate the renditions (corpus/renditions/README.md) and the goldens.");
    }

    /// <summary>
    /// The agreement of every rendition of a format with its Markdown source, reported per file: every clause key
    /// of the source must be read, and the share of equal clause texts and equal table cells must reach the floor.
    /// </summary>
    [Theory]
    [InlineData("pdf", 1.0, 1.0, 1.0)]
    [InlineData("docx", 1.0, 1.0, 1.0)]
    public async Task Each_format_agrees_with_the_markdown_sources_at_least_to_its_floor(string format, double keys, double texts, double cells)
    {
        var names = RenditionFiles.Names().Where(n => n.EndsWith("." + format, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        var parts = new List<RenditionAgreement>();
        foreach (var name in names)
        {
            var oracle = await MarkdownOracle.DocumentAsync(name);
            parts.Add(RenditionAgreement.Of(name, (await ingests.DocumentAsync(name)).Clauses, oracle.Clauses));
        }

        var total = RenditionAgreement.Sum(format, parts);
        var report = string.Join("\n", parts.Append(total).Select(p => p.Line()));
        TestContext.Current.SendDiagnosticMessage(report);
        Assert.True(total.KeyShare >= keys && total.TextShare >= texts && total.CellShare >= cells, $"Below the floor (keys {keys:P0}, texts {texts:P0}, cells {cells:P0}):\n{report}");
    }

    [Fact]
    public void Every_rendition_has_a_golden_and_every_golden_a_rendition()
    {
        var renditions = RenditionFiles.Names();
        var goldens = Directory.Exists(RenditionFiles.ExpectedFolder)
            ? Directory.EnumerateFiles(RenditionFiles.ExpectedFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];

        Assert.NotEmpty(renditions);
        Assert.Equal(renditions, goldens);
        Assert.All(renditions, r => Assert.True(File.Exists(RenditionFiles.Source(r)), $"{r} has no Markdown source"));
    }

    public static TheoryData<string> PdfCases() => new(RenditionFiles.Names().Where(n => n.EndsWith(".pdf", StringComparison.Ordinal)));

    private static JsonObject Golden(string name) =>
        RenditionGolden.Read(RenditionFiles.Golden(name))
        ?? throw new InvalidOperationException($"corpus/expected/{name}.json is missing; run the tests with {RenditionGolden.UpdateVariable}=1 to write it.");

    /// <summary>The words a clause begins with in print: its number, then its heading or text (up to six words).</summary>
    private static List<string> FirstWords(Clause clause)
    {
        var start = $"{clause.Number} {clause.Heading ?? clause.Text}";
        return CorpusDocument.Fold(start).Split(' ').Take(6).ToList();
    }

    /// <summary>Where two folded texts part: the words around the first difference on each side.</summary>
    private static string TextDifference(string expected, string actual)
    {
        var a = expected.Split(' ');
        var b = actual.Split(' ');
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        string Around(string[] words) => string.Join(' ', words.Skip(Math.Max(0, i - 3)).Take(8));
        return $"Markdown: \"…{Around(a)}…\", rendition: \"…{Around(b)}…\"";
    }
}
