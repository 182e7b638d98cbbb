using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Reads a question for this field: the documents it names (by any written designation, only those the caller may
/// read), the clauses it names, the subject concepts (glossary terms in either language, other content words),
/// document kinds, and cues for status, in-force date, comparison and values.
/// </summary>
public sealed class QuestionAnalyzer(IQueryDesignationRecognizer recognizer)
{
    /// <summary>Most subject words sent to the search engine: the rarest ones, in the question's order (longer queries cost time and add noise).</summary>
    private const int MaxSearchWords = 10;

    public QuestionAnalysis Analyze(string question, string language, KnowledgeSnapshot snapshot, AccessLevel access)
    {
        var designations = QuestionDesignations.Find(question, snapshot, access, recognizer);
        var clauses = ClauseReferenceFinder.Find(question)
            .Where(c => !designations.Spans.Any(s => Overlaps(s, (c.Start, c.Length))))
            .Concat(designations.Sections)
            .DistinctBy(c => c.Key)
            .ToList();
        var blocked = designations.Named.Select(d => (d.Start, d.Length)).Concat(clauses.Select(c => (c.Start, c.Length)))
            .Concat(designations.Unresolved).ToList();
        var allWords = Words.Split(question).Where(w => !blocked.Any(b => Overlaps(b, (w.Start, w.Length)))).ToList();
        var words = AnswerTypes.WithoutNamingNouns(AnswerTypes.Without(allWords), question, designations.Spans.Concat(designations.Unresolved).ToList());
        var asksStatus = QuestionCues.AsksStatus(question) && designations.Named.Count > 0;
        var concepts = QuestionConcepts.Build(words, snapshot, asksStatus || QuestionCues.WantsInForce(question))
            .Concat(designations.Unresolved.Select(u => QuestionConcepts.Designation(question.Substring(u.Start, u.Length), snapshot)))
            .ToList();
        var pureStatus = asksStatus && concepts.Count(c => !IsDocumentNoun(c)) <= 1;
        return new QuestionAnalysis
        {
            Text = question,
            Language = language,
            Concepts = pureStatus ? concepts.Where(c => !IsDocumentNoun(c)).ToList() : concepts,
            Documents = designations.Named.DistinctBy(d => d.Document.Id).ToList(),
            Clauses = clauses,
            Kinds = allWords.Select(DocumentKindHints.For).OfType<DocumentKindHint>().Distinct().ToList(),
            WantsInForce = QuestionCues.WantsInForce(question) && !pureStatus,
            Date = QuestionCues.Date(question),
            AsksStatus = pureStatus,
            Compares = QuestionCues.Compares(question),
            AsksValue = QuestionCues.AsksValue(question),
            AsksDocument = AnswerTypes.AsksDocument(Words.Split(question)),
            Unresolved = designations.Unresolved.Select(u => question.Substring(u.Start, u.Length)).ToList(),
            SearchText = SearchText(question, designations.Spans.Concat(designations.Unresolved).ToList(), words, snapshot),
        };
    }

    private static bool IsDocumentNoun(QueryConcept concept) =>
        concept.Alternatives.Count == 1 && concept.Alternatives[0].Length == 1 && StatusWords.DocumentNouns.Contains(concept.Alternatives[0][0]);

    private static string SearchText(
        string question, IReadOnlyList<(int Start, int Length)> designations, IReadOnlyList<Word> words, KnowledgeSnapshot snapshot)
    {
        var subject = words.Where(w => !StopWords.Contains(w.Stem))
            .OrderByDescending(w => snapshot.Terms.Weight(w.Stem))
            .Take(MaxSearchWords)
            .Select(w => (w.Start, w.Text));
        var parts = designations.Where(d => d.Length > 0).Distinct().Select(d => (d.Start, Text: question.Substring(d.Start, d.Length)))
            .Concat(subject)
            .OrderBy(p => p.Start)
            .Select(p => p.Text);
        return string.Join(' ', parts);
    }

    private static bool Overlaps((int Start, int Length) a, (int Start, int Length) b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
