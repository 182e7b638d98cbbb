using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus;

public sealed class CorpusDocumentsTests
{
    public static TheoryData<string, string, string, string> KeyFacts()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Ratro.Knowledge.Tests", "Corpus", "KeyFacts"), "*.tsv"))
        {
            foreach (var line in File.ReadLines(file).Skip(1).Where(l => l.Trim().Length > 0))
            {
                var cells = line.Split('\t');
                data.Add(cells[0], cells[1], cells[2], cells.Length > 3 ? cells[3] : "");
            }
        }

        return data;
    }

    [Fact]
    public async Task Every_catalogue_document_has_a_corpus_file_with_a_canonical_designation()
    {
        var documents = await CorpusFiles.AllAsync();
        var designations = documents.Select(d => d.Metadata.Canonical).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(61, documents.Count);
        Assert.Equal(documents.Count, designations.Count);
        var catalogue = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "domain", "catalogue.tsv") : null;
        if (catalogue is null || !File.Exists(catalogue))
        {
            Assert.Skip("the shared catalogue (../shared/domain/catalogue.tsv) is absent; the count above was still checked");
        }

        var missing = File.ReadLines(catalogue).Skip(1).Select(l => l.Split('\t')[0]).Where(d => !designations.Contains(d)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_document_has_a_record_and_clauses_and_is_a_digest()
    {
        foreach (var document in await CorpusFiles.AllAsync())
        {
            var m = document.Metadata;
            Assert.True(m.IsDigest, document.FileName);
            Assert.NotEqual(DocumentType.Other, m.Type);
            Assert.False(string.IsNullOrWhiteSpace(m.Issuer), document.FileName);
            Assert.True(m.TitleRu is not null && m.TitleEn is not null, $"{document.FileName}: both titles");
            Assert.True(document.Clauses.Count(c => c.Kind != ClauseKind.Preamble) >= 3, $"{document.FileName}: {document.Clauses.Count} clauses");
            Assert.Matches(new Regex("^[a-zа-я0-9_]+\\.md$"), document.FileName);
        }
    }

    [Theory]
    [MemberData(nameof(KeyFacts))]
    public async Task Every_key_fact_of_the_catalogue_is_in_its_clause(string designation, string clause, string fact, string catalogueFact)
    {
        var document = (await CorpusFiles.AllAsync()).SingleOrDefault(d => d.Metadata.Canonical == designation);
        Assert.True(document is not null, $"no corpus document {designation}");
        var found = document.Find(clause);
        Assert.True(found is not null, $"{designation}: no clause '{clause}' (fact: {catalogueFact})");
        Assert.Contains(CorpusDocument.Fold(fact), CorpusDocument.FullText(found), StringComparison.Ordinal);
    }
}
