using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>
/// Finds the document's relations: adoptions, supersessions, amendment lists and approvals in its preface and
/// first pages, and every reference in its clauses (down to the clause, both documents and clauses of its own).
/// Targets are canonical designations; whether they are held is decided when the graph is read, so a stub resolves
/// by itself when its document arrives.
/// </summary>
public sealed class LinkStep : IIngestionStep
{
    public string Name => "link";

    public ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var self = context.Metadata!.Canonical!;
        if (!self.StartsWith("unidentified:", StringComparison.Ordinal))
        {
            var head = TextMetadataExtractor.Head(context.Decoded!);
            context.Relations.AddRange(PrefaceRelationParser.Parse(head, self).Relations.Select(RelationMapper.FromPreface));
        }

        var byId = context.Clauses.ToDictionary(c => c.Id);
        foreach (var clause in context.Clauses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var reference in ReferenceExtractor.Extract(clause.Text, self))
            {
                context.Relations.AddRange(RelationMapper.FromReference(reference, self, clause, (c, scope) => ScopeKey(c, scope, byId)));
            }
        }

        return ValueTask.FromResult(true);
    }

    /// <summary>The key of the article, part or section a relative reference ("частью 3 настоящей статьи") is under.</summary>
    private static string? ScopeKey(Clause clause, ReferenceScope scope, IReadOnlyDictionary<Guid, Clause> byId)
    {
        for (Clause? node = clause; node is not null; node = node.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent : null)
        {
            var matches = scope switch
            {
                ReferenceScope.EnclosingArticle => node.Kind == ClauseKind.Article,
                ReferenceScope.EnclosingPart => node.Kind == ClauseKind.Part,
                ReferenceScope.EnclosingSection => node.Kind is ClauseKind.Section or ClauseKind.Chapter,
                _ => node.Kind is ClauseKind.Clause or ClauseKind.Part,
            };
            if (matches)
            {
                return node.Key;
            }
        }

        return null;
    }
}
