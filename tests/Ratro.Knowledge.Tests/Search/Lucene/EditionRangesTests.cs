using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>The documents a filtered search may score: those of the allowed editions that are not deleted, in every segment.</summary>
public sealed class EditionRangesTests
{
    [Fact]
    public void Accepted_documents_are_the_live_documents_of_the_allowed_editions_and_no_others()
    {
        using var folder = new TempDirectory();
        using var directory = FSDirectory.Open(folder.Path);
        var mapper = new SearchDocumentMapper(new RecordValidityResolver());
        var a = mapper.Map([DocumentBuilder.Ru("А").Clause("1", "Один.").Clause("2", "Два.").Build()])[0];
        var b = mapper.Map([DocumentBuilder.Ru("Б").Clause("1", "Три.").Clause("2", "Четыре.").Clause("3", "Пять.").Build()])[0];
        var c = mapper.Map([DocumentBuilder.En("C").Clause("1", "Six.").Build()])[0];
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var edition in new[] { a, b, c })
            {
                writer.AddDocuments(LuceneDocumentFactory.Create(edition));
                writer.Commit();
            }

            writer.DeleteDocuments(new Term(LuceneFields.Canonical, "C"));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var allowed = new HashSet<long> { StableKey.Of(a.Id), StableKey.Of(c.Id) };
        var accepted = new EditionRanges(reader).Accepted(allowed);

        var count = 0;
        foreach (var leaf in reader.Leaves)
        {
            var keys = leaf.AtomicReader.GetNumericDocValues(LuceneFields.EditionKey);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var expected = (live is null || live.Get(doc)) && allowed.Contains(keys.Get(doc));
                Assert.Equal(expected, accepted[leaf.Ord].Get(doc));
                count += expected ? 1 : 0;
            }
        }

        Assert.True(reader.Leaves.Count >= 2, "the test needs several segments");
        Assert.Equal(3, count); // the edition document of А and its two clauses; C is deleted
    }
}
