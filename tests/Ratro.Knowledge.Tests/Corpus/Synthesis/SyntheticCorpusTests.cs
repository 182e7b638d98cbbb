using System.Text;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Corpus.Synthesis;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Corpus.Synthesis;

public sealed class SyntheticCorpusTests
{
    private static readonly string[] RealTargets =
    [
        "СанПиН 2.6.1.2523-09", "СП 2.6.1.2612-10", "Федеральный закон № 3-ФЗ", "СанПиН 2.6.1.2573-10", "IAEA TRS-398", "AAPM TG-142",
        "ICRP Publication 103", "IEC 60601-2-1:2020", "IAEA GSR Part 3", "ICRU Report 83", "IEC 61217:2011",
    ];

    [Fact]
    public void The_same_seed_gives_the_same_documents_and_another_seed_other_ones()
    {
        var first = Enumerable.Range(0, 20).Select(i => new SyntheticCorpus(7, 20).Generate(i).Markdown).ToList();
        var again = Enumerable.Range(0, 20).Select(i => new SyntheticCorpus(7, 20).Generate(i).Markdown).ToList();
        var other = Enumerable.Range(0, 20).Select(i => new SyntheticCorpus(8, 20).Generate(i).Markdown).ToList();

        Assert.Equal(first, again);
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task Every_document_parses_is_marked_synthetic_and_has_the_intended_clause_count()
    {
        var corpus = new SyntheticCorpus(3, 20);
        foreach (var document in Enumerable.Range(0, corpus.Count).Select(i => corpus.Generate(i)))
        {
            var (metadata, clauses) = await ParseAsync(document);

            Assert.True(metadata.IsSynthetic, document.FileStem);
            Assert.Equal(document.Designation, metadata.Canonical);
            Assert.True(SyntheticFamilies.IsSynthetic(document.Designation), document.Designation);
            Assert.StartsWith("[SYNTH] ", metadata.Language == "ru" ? metadata.TitleRu : metadata.TitleEn, StringComparison.Ordinal);
            Assert.Equal(CorpusFileNames.Stem(document.Designation), document.FileStem);
            Assert.InRange(document.Clauses, 20, 80);
            Assert.Equal(document.Clauses, clauses.Count);
            Assert.DoesNotContain(clauses, c => c.Kind == ClauseKind.Preamble);
        }
    }

    [Fact]
    public async Task References_point_at_clauses_that_exist_in_the_set_and_at_real_documents()
    {
        var corpus = new SyntheticCorpus(5, 40);
        var documents = Enumerable.Range(0, corpus.Count).Select(i => corpus.Generate(i)).ToList();
        var parsed = new Dictionary<string, (DocumentMetadata Metadata, IReadOnlyList<Clause> Clauses)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            parsed[document.Designation] = await ParseAsync(document);
        }

        var cited = parsed.Values.SelectMany(p => p.Metadata.Relations).Where(r => r.Type == RelationType.Cites).ToList();
        var synthetic = cited.Where(r => parsed.ContainsKey(r.TargetCanonical)).ToList();
        Assert.NotEmpty(synthetic);
        Assert.Contains(cited, r => RealTargets.Contains(r.TargetCanonical));
        Assert.All(cited, r => Assert.True(parsed.ContainsKey(r.TargetCanonical) || RealTargets.Contains(r.TargetCanonical), r.TargetCanonical));
        foreach (var relation in synthetic)
        {
            var source = documents.Single(d => d.Designation == relation.SourceCanonical).Markdown;
            var clause = ClauseCitedIn(source, relation.TargetCanonical);
            Assert.Contains(parsed[relation.TargetCanonical].Clauses, c => c.Key == clause);
        }
    }

    [Fact]
    public async Task A_large_set_mixes_languages_statuses_access_and_editions_like_the_field()
    {
        var corpus = new SyntheticCorpus(11, 400);
        var documents = Enumerable.Range(0, corpus.Count).Select(i => corpus.Generate(i)).ToList();
        var metadata = new List<DocumentMetadata>();
        foreach (var document in documents)
        {
            metadata.Add((await ParseAsync(document)).Metadata);
        }

        Assert.InRange(documents.Count(d => d.Language == "ru") / (double)documents.Count, 0.5, 0.7);
        Assert.InRange(documents.Average(d => d.Clauses), 45, 55);
        Assert.InRange(metadata.Count(m => m.Access == AccessLevel.Members) / (double)metadata.Count, 0.04, 0.25);
        Assert.True(metadata.Count(m => m.Access == AccessLevel.Public) > metadata.Count * 0.7);
        Assert.True(metadata.Select(m => m.Status).Distinct().Count() >= 4);
        Assert.True(metadata.Select(m => m.Type).Distinct().Count() >= 6);
        Assert.Equal(documents.Count, documents.Select(d => d.Designation).Distinct().Count());
        var superseded = metadata.Where(m => m.Status == DocumentStatus.Superseded).ToList();
        Assert.NotEmpty(superseded);
        Assert.All(superseded, old => Assert.Contains(metadata, m => m.Relations.Any(r => r.Type == RelationType.Supersedes && r.TargetCanonical == old.Canonical)));
        Assert.All(superseded, old => Assert.NotNull(old.WithdrawnOn));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_template_of_a_vocabulary_fills_its_slots(string language)
    {
        var words = SyntheticVocabulary.For(language);
        var random = new SyntheticRandom(1, 0, "templates");
        var templates = words.Clauses.Concat(words.Requirements).Concat(words.Notes).Concat(words.Intros);

        Assert.All(templates, t => Assert.DoesNotContain("{", SyntheticText.Fill(t, words, random), StringComparison.Ordinal));
        Assert.All(words.Tables, t => Assert.Equal(t.Header.Count, t.Row(random).Count));
    }

    private static async Task<(DocumentMetadata Metadata, IReadOnlyList<Clause> Clauses)> ParseAsync(SyntheticDocument document)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var decoded = await new MarkdownDecoder().DecodeAsync(Encoding.UTF8.GetBytes(document.Markdown), document.FileStem + ".md", cancellation);
        return (FrontMatterReader.Read(decoded.Properties, document.FileStem), new ClauseStructurer().Build(decoded.Blocks, cancellation));
    }

    /// <summary>The clause number a text cites next to a designation: "п. 3.1.2 X" or "X, clause 3.1.2".</summary>
    private static string ClauseCitedIn(string text, string designation)
    {
        var russian = System.Text.RegularExpressions.Regex.Match(text, @"п\. (?<n>[\d\.]+) " + System.Text.RegularExpressions.Regex.Escape(designation));
        var english = System.Text.RegularExpressions.Regex.Match(text, System.Text.RegularExpressions.Regex.Escape(designation) + @", clause (?<n>\d+(?:\.\d+)*)");
        return (russian.Success ? russian : english).Groups["n"].Value;
    }
}
