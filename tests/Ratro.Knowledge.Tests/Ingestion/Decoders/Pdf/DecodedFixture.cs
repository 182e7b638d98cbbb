using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>A PDF decoded once and structured into clauses; read-only, shared by the tests of one document.</summary>
internal sealed class DecodedFixture
{
    private readonly Lazy<DecodedDocument> document;
    private readonly Lazy<IReadOnlyList<Clause>> clauses;

    public DecodedFixture(Func<byte[]> content, string fileName)
    {
        document = new(() => new PdfDecoder(new IngestionOptions()).Decode(content(), fileName, CancellationToken.None));
        clauses = new(() => new ClauseStructurer().Build(document.Value.Blocks, CancellationToken.None));
    }

    public DecodedDocument Document => document.Value;

    public IReadOnlyList<Clause> Clauses => clauses.Value;

    public Clause Clause(string key) => Clauses.SingleOrDefault(c => c.Key == key)
        ?? throw new Xunit.Sdk.XunitException($"No clause '{key}'; keys: {string.Join(", ", Clauses.Select(c => c.Key))}");

    /// <summary>The clause's key and its ancestors' keys, innermost first.</summary>
    public IReadOnlyList<string> Ancestry(string key)
    {
        var byId = Clauses.ToDictionary(c => c.Id);
        var keys = new List<string>();
        for (Clause? clause = Clause(key); clause is not null; clause = clause.ParentId is { } id ? byId[id] : null)
        {
            keys.Add(clause.Key);
        }

        return keys;
    }
}
