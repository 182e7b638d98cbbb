using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// Scores every passage of a candidate clause for a question. Coverage is the weighted share of the question's
/// concepts a text contains, counting only the concepts the clause could contain at all: a concept asked in the
/// other language without a glossary translation cannot be checked against it. Weights are rarity in the base.
/// "Checkable" is the share of the question's weight that can be checked (1 in the question's own language, and 1 for
/// a document the question names); coverage is scaled by it, so a clause that can only be checked on a small part of
/// the question does not look certain. The concepts that cannot be checked count in that share only as far as the
/// question's own language knows its topic (<c>ownLanguageSupport</c>: the best coverage of the question's
/// translatable concepts by a clause in the question's language; 0 for a document of the kind the question names):
/// where the own-language documents cover the topic but lack a word, the word tells that the base may not answer;
/// where they do not cover the topic at all, its absence tells nothing.
/// Score = (0.45 × passage coverage + 0.35 × clause coverage + 0.10 × retrieval prior + cues) × checkable × status
/// factor; cues: a value when a value is asked, requirement wording, a clause or document the question names, a
/// document kind it names, a document in the question's language, a passage of one named document naming another (what comparisons and cross-references ask),
/// a status statement for a status question; the status factor prefers documents in force.
/// Confidence = (0.55 × clause coverage + 0.35 × passage coverage + 0.10 × prior) × checkable (+0.15 for a named
/// clause), × 0.7 for evidence from a document the question does not name when it names one, in [0, 1]. Both are halved for a clause that does not mention a required concept (a designation the base
/// does not hold).
/// </summary>
public static class PassageScorer
{
    public static IEnumerable<ScoredPassage> Score(
        QuestionAnalysis question, ClauseContext clause, IReadOnlySet<string> relatedCanonicals, double ownLanguageSupport)
    {
        var candidate = clause.Candidate;
        var document = candidate.Document;
        var named = candidate.Origin is CandidateOrigin.NamedClause or CandidateOrigin.NamedDocument;
        var checkable = question.Concepts.Where(c => Checkable(c, document)).ToList();
        var weight = checkable.Sum(c => c.Weight);
        var informative = question.Kinds.Any(k => k.Matches(document)) ? 0 : ownLanguageSupport;
        var total = weight + (informative * question.Concepts.Where(c => !Checkable(c, document)).Sum(c => c.Weight));
        var share = named || total == 0 ? 1 : weight / total;
        var empty = total == 0 ? (named ? 1 : 0) : Unchecked;
        var clauseCoverage = Coverage(checkable, weight, clause.Stems, empty);
        var titleCoverage = question.AsksDocument ? Coverage(checkable, weight, clause.TitleStems, 0) : 0;
        var required = question.Concepts.Where(c => c.Required).All(c => c.Match(clause.Stems) >= 1) ? 1 : 0.5;
        foreach (var ((passage, stems, context), index) in clause.Passages.Select((p, i) => (p, i)))
        {
            var passageCoverage = PassageCoverage(checkable, weight, stems, context, empty);
            var score = ((0.45 * passageCoverage) + (0.35 * clauseCoverage) + (0.10 * candidate.Prior) + (0.10 * titleCoverage)
                    + Cues(question, candidate, passage, stems, relatedCanonicals, index))
                * share * required * Factor(question, candidate) * (question.AsksValue && !passage.Text.Any(char.IsDigit) ? 0.85 : 1);
            var confidence = (((0.55 * clauseCoverage) + (0.35 * passageCoverage) + (0.10 * Math.Min(1, candidate.Prior))) * share * required * Elsewhere(question, candidate))
                + (candidate.Origin == CandidateOrigin.NamedClause ? 0.15 : 0);
            yield return new ScoredPassage(clause, passage, passageCoverage, clauseCoverage, score, Math.Clamp(confidence, 0, 1));
        }
    }

    /// <summary>
    /// How well documents in the question's own language cover what can be said in both languages: the best clause
    /// coverage of the question's translatable concepts (glossary terms, cognates) among those candidates. When those
    /// concepts carry less than <see cref="MinimumShared"/> of the question's weight, the question has no topic in both
    /// languages to speak of, and the support is 1 (every word counts).
    /// </summary>
    public static double OwnLanguageSupport(QuestionAnalysis question, IEnumerable<ClauseContext> clauses)
    {
        var shared = question.Concepts.Where(c => c.Bilingual).ToList();
        var total = shared.Sum(c => c.Weight);
        if (total < MinimumShared * question.Concepts.Sum(c => c.Weight))
        {
            return 1;
        }

        return clauses.Where(c => c.Candidate.Document.Language == question.Language)
            .Select(c => shared.Sum(s => s.Weight * s.Match(c.Stems)) / total)
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>A concept can be checked against a document in the same language, or when it has a glossary translation, or when it is a number.</summary>
    public static bool Checkable(QueryConcept concept, NormativeDocument document) =>
        concept.Bilingual || concept.Language == "*" || concept.Language == document.Language;

    /// <summary>
    /// Weighted share of the checkable concepts found. With nothing to check: <paramref name="empty"/> — 1 for a named
    /// document when the question has no concepts at all, 0 for any other clause, <see cref="Unchecked"/> when the
    /// question has concepts but none can be checked against this clause (which matters only for a named document:
    /// any other is scaled by its checkable share, 0).
    /// </summary>
    private static double Coverage(IReadOnlyList<QueryConcept> concepts, double total, IReadOnlySet<string> stems, double empty) =>
        total > 0 ? concepts.Sum(c => c.Weight * c.Match(stems)) / total : empty;

    public const double Unchecked = 0.6;

    public const double MinimumShared = 0.3;

    /// <summary>Coverage of a passage: a concept in its own words counts fully, one only in the clause heading counts half.</summary>
    private static double PassageCoverage(
        IReadOnlyList<QueryConcept> concepts, double total, IReadOnlySet<string> own, IReadOnlySet<string> context, double empty) =>
        total > 0 ? concepts.Sum(c => c.Weight * Math.Max(c.Match(own), 0.5 * c.Match(context))) / total : empty;

    private static double Cues(
        QuestionAnalysis question, CandidateClause candidate, Passage passage, IReadOnlySet<string> stems, IReadOnlySet<string> related, int index)
    {
        var cues = 0.0;
        if (question.AsksValue && ValuePatterns.HasValue(passage.Text))
        {
            cues += 0.08;
        }

        if (ValuePatterns.HasRequirement(passage.Text))
        {
            cues += 0.02;
        }

        cues += candidate.Origin switch
        {
            CandidateOrigin.NamedClause => 0.15,
            CandidateOrigin.NamedDocument => 0.08,
            CandidateOrigin.Status => 0.05,
            _ => 0,
        };
        if (question.Kinds.Any(k => k.Matches(candidate.Document)))
        {
            cues += 0.04;
        }

        if (candidate.Document.Language == question.Language)
        {
            cues += 0.02;
        }

        if (question.Documents.Count > 1 && question.Documents.Any(d => d.Document.Id != candidate.Document.Id && candidate.Prepared.MentionsOf(index).Contains(d.Document.Canonical)))
        {
            cues += 0.15;
        }

        if (question.AsksStatus)
        {
            if (stems.Overlaps(StatusWords.Statements))
            {
                cues += 0.2;
            }

            if (candidate.Prepared.MentionsOf(index).Any(related.Contains))
            {
                cues += 0.1;
            }
        }

        return cues;
    }

    /// <summary>Evidence from a document the question does not name, when it names one, is less certain to be what was asked.</summary>
    private static double Elsewhere(QuestionAnalysis question, CandidateClause candidate) =>
        question.Documents.Count > 0 && !question.AsksStatus && candidate.Origin == CandidateOrigin.Search ? 0.7 : 1;

    private static double Factor(QuestionAnalysis question, CandidateClause candidate)
    {
        if (candidate.Origin is CandidateOrigin.NamedClause)
        {
            return 1;
        }

        var status = candidate.Document.Status switch
        {
            DocumentStatus.InForce => 1.0,
            DocumentStatus.NotYetInForce or DocumentStatus.Unknown => 0.95,
            DocumentStatus.Superseded or DocumentStatus.Withdrawn => 0.85,
            _ => 0.8,
        };
        var elsewhere = question.Documents.Count > 0 && !question.AsksStatus && candidate.Origin == CandidateOrigin.Search ? 0.6 : 1;
        if (question.AsksStatus && candidate.Origin != CandidateOrigin.Search)
        {
            return 1;
        }

        return status * elsewhere;
    }
}
