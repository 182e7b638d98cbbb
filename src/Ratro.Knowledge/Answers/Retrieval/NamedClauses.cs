using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>
/// Picks the clauses a question names among the clauses of the documents it names: the clause with the key, and
/// its sub-clauses (a heading such as "3.1" holds its text in "3.1.1", "3.1.2" …). A key no named document has is
/// reported missing.
/// </summary>
public static class NamedClauses
{
    public static HashSet<Guid> Select(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseReference> references, List<ClauseReference> missing)
    {
        var chosen = new HashSet<Guid>();
        foreach (var reference in references)
        {
            var matches = clauses.Where(c => c.Key == reference.Key || c.Key.EndsWith("/" + reference.Key, StringComparison.Ordinal)).ToList();
            if (matches.Count == 0)
            {
                missing.Add(reference);
                continue;
            }

            foreach (var match in matches)
            {
                chosen.Add(match.Id);
                foreach (var child in Descendants(clauses, match))
                {
                    chosen.Add(child.Id);
                }
            }
        }

        return chosen;
    }

    private static IEnumerable<Clause> Descendants(IReadOnlyList<Clause> clauses, Clause parent)
    {
        foreach (var child in clauses.Where(c => c.ParentId == parent.Id))
        {
            yield return child;
            foreach (var grandchild in Descendants(clauses, child))
            {
                yield return grandchild;
            }
        }
    }
}
