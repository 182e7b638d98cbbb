using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// Chooses the passages an answer quotes from the scored ones: the best passage; for a comparison the best passage
/// of each document compared (the named ones, else the two best documents); for a status question the best passage
/// of the named document and the best passage of a document that replaced it (or that it replaced) which names it.
/// </summary>
public static class EvidenceSelector
{
    private static IReadOnlyList<string> Mentions(ScoredPassage passage)
    {
        var prepared = passage.Clause.Candidate.Prepared;
        var index = prepared.Passages.Select(p => p.Passage.Start).ToList().IndexOf(passage.Passage.Start);
        return index < 0 ? [] : prepared.MentionsOf(index);
    }

    public static IReadOnlyList<ScoredPassage> Select(QuestionAnalysis question, IReadOnlyList<ScoredPassage> ranked, int max)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        var bestPerDocument = ranked.GroupBy(p => p.Clause.Candidate.Document.Id).Select(g => g.First()).ToList();
        if (question.Compares)
        {
            var named = question.Documents.Select(d => d.Document.Id).ToList();
            var chosen = named.Count >= 2
                ? named.Select(id => bestPerDocument.FirstOrDefault(p => p.Clause.Candidate.Document.Id == id)).OfType<ScoredPassage>().ToList()
                : bestPerDocument.Take(2).ToList();
            return chosen.Take(max).ToList();
        }

        if (question.AsksStatus)
        {
            var named = question.Documents.Select(d => d.Document.Id).ToHashSet();
            var canonicals = question.Documents.Select(d => d.Document.Canonical).ToHashSet(StringComparer.Ordinal);
            var own = bestPerDocument.Where(p => named.Contains(p.Clause.Candidate.Document.Id));
            var other = ranked.Where(p => p.Clause.Candidate.Origin == CandidateOrigin.Status && Mentions(p).Any(canonicals.Contains)).Take(1);
            return own.Take(Math.Max(1, max - 1)).Concat(other).Take(max).ToList();
        }

        return [ranked[0]];
    }
}
