using System.Text;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Support;

/// <summary>Decodes Markdown text and builds its clause tree, for structure tests written as data.</summary>
public static class MarkdownFixtures
{
    public static async Task<DecodedDocument> DecodeAsync(string markdown) =>
        await new MarkdownDecoder().DecodeAsync(Encoding.UTF8.GetBytes(markdown), "fixture.md", TestContext.Current.CancellationToken);

    public static async Task<IReadOnlyList<Clause>> ClausesAsync(string markdown)
    {
        var decoded = await DecodeAsync(markdown);
        return new ClauseStructurer().Build(decoded.Blocks, TestContext.Current.CancellationToken);
    }

    /// <summary>"key&lt;parentKey" lines describing the tree, for compact assertions.</summary>
    public static string Outline(IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id);
        return string.Join("\n", clauses.Select(c => c.ParentId is { } p ? $"{c.Key}<{byId[p].Key}" : c.Key));
    }
}
