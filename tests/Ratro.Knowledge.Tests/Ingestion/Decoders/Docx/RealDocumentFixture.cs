using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Docx;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>
/// A real Word file from shared/realdocs, decoded and structured once for the tests of one class; tests only
/// read it. When the file is absent, every test that asks for it is skipped with the reason.
/// </summary>
public abstract class RealDocumentFixture(string fileName)
{
    private readonly Lazy<Task<(DecodedDocument, IReadOnlyList<Clause>)?>> loaded = new(() => LoadAsync(fileName));

    public async Task<(DecodedDocument Document, IReadOnlyList<Clause> Clauses)> GetAsync()
    {
        var result = await loaded.Value;
        if (result is null)
        {
            Assert.Skip($"The real document '{fileName}' is not in the shared/realdocs folder next to the repository; the reference files are not part of the repository.");
        }

        return result.Value;
    }

    private static async Task<(DecodedDocument, IReadOnlyList<Clause>)?> LoadAsync(string fileName)
    {
        var shared = RealDocuments.SharedFolder();
        var path = shared is null ? null : Path.Combine(shared, "realdocs", fileName);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var document = await new DocxDecoder(new IngestionOptions()).DecodeAsync(await File.ReadAllBytesAsync(path, CancellationToken.None), fileName, CancellationToken.None);
        return (document, new ClauseStructurer().Build(document.Blocks, CancellationToken.None));
    }
}
