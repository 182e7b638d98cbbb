using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers;

/// <summary>
/// Turns chosen passages into numbered citations (document, clause, page, verbatim quote, status and "superseded
/// by" note, link) and collects a warning sentence for every cited document that is not in force.
/// </summary>
public sealed class CitationBuilder(IDocumentStatusDescriber statuses)
{
    public async Task<(IReadOnlyList<Citation> Citations, IReadOnlyList<string> Warnings)> BuildAsync(
        IReadOnlyList<ScoredPassage> passages, string language, AccessLevel access, CancellationToken cancellationToken)
    {
        var citations = new List<Citation>();
        var warnings = new List<string>();
        foreach (var passage in passages)
        {
            var document = passage.Clause.Candidate.Document;
            var clause = passage.Clause.Candidate.Clause;
            var status = await statuses.DescribeAsync(document, access, cancellationToken);
            citations.Add(new Citation(
                citations.Count + 1,
                document.Designation,
                document.Canonical,
                document.Title,
                new CitedClause(clause.Number, clause.Key, clause.Heading),
                clause.PageStart,
                passage.Passage.Text,
                status.StatusName,
                status.Note(language),
                AnswerLinks.Clause(document, clause)));
            if (!status.InForce && document.Status != DocumentStatus.Unknown)
            {
                var warning = AnswerTexts.Attention(language, status.StatusSentence(ClauseLabels.Document(document), language));
                if (!warnings.Contains(warning))
                {
                    warnings.Add(warning);
                }
            }
        }

        return (citations, warnings);
    }
}
