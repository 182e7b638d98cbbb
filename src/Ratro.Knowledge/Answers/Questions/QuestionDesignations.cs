using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// The documents a question names, among those the caller may read: designations the catalog recognizes
/// ("НРБ-99/2009", "TG-142", also written in Latin letters: "NRB-99/2009", "MU 2.6.1.3015-12"), designations the
/// grammar parses ("ICRP 103", "10 CFR 20.1201" — a CFR section also names a clause), and full titles
/// ("закон о радиационной безопасности населения"), and a bare number with its sign when one canonical designation
/// ends with it ("приказ № 116н"). A designation the grammar parses but no document the caller may
/// read has is <see cref="Unresolved"/>: the base does not hold it, or the caller may not read it (the two look the same).
/// </summary>
public sealed partial record QuestionDesignations(
    IReadOnlyList<NamedDocument> Named,
    IReadOnlyList<(int Start, int Length)> Spans,
    IReadOnlyList<ClauseReference> Sections,
    IReadOnlyList<(int Start, int Length)> Unresolved)
{
    public static QuestionDesignations Find(string question, KnowledgeSnapshot snapshot, AccessLevel access, IQueryDesignationRecognizer recognizer)
    {
        var named = new List<NamedDocument>();
        var sections = new List<ClauseReference>();
        var unresolved = new List<(int, int)>();
        foreach (var text in new[] { question, LatinDesignations.ToCyrillic(question) }.Distinct(StringComparer.Ordinal))
        {
            foreach (var match in recognizer.Recognize(text, snapshot.CatalogFor(access)).Where(m => !Overlaps(named, m.Start, m.Length)))
            {
                named.AddRange(match.Canonicals
                    .Select(c => snapshot.Find(c, access))
                    .OfType<NormativeDocument>()
                    .Select(d => new NamedDocument(d, match.Start, match.Length)));
            }
        }

        foreach (var match in DesignationScanner.FindAll(question).Where(m => !Overlaps(named, m.Start, m.Length)))
        {
            var designation = match.Designation;
            var document = snapshot.Find(designation.Canonical, access)
                ?? (designation.Parent is { } parent ? snapshot.Find(parent, access) : null)
                ?? snapshot.FindWork(designation.WorkKey, access);
            if (document is null)
            {
                unresolved.Add((match.Start, match.Length));
                continue;
            }

            named.Add(new NamedDocument(document, match.Start, match.Length));
            if (designation.Section is { } section)
            {
                sections.Add(new ClauseReference(section, ClauseKeys.Normalize(section.Split('(')[0]), match.Start, match.Length));
            }
        }

        foreach (System.Text.RegularExpressions.Match match in NumberSign().Matches(question))
        {
            var suffix = " № " + match.Groups["n"].Value;
            var documents = snapshot.Visible(access).Where(d => d.Canonical.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).ToList();
            if (documents.Count == 1 && !Overlaps(named, match.Index, match.Length))
            {
                named.Add(new NamedDocument(documents[0], match.Index, match.Length));
            }
        }

        var spans = named.Select(n => (n.Start, n.Length)).ToList();
        named.AddRange(Titles.Named(question, snapshot, access).Where(t => named.All(n => n.Document.Id != t.Document.Id)));
        return new QuestionDesignations(named, spans, sections, unresolved);
    }

    /// <summary>"№ 116н", "N 3-ФЗ", "No. 915н": a number that, with the number sign, ends exactly one canonical designation.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:№|\bN|\bNo\.)\s?(?<n>\d+\p{L}*(?:-\p{L}+)?)(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NumberSign();

    private static bool Overlaps(List<NamedDocument> named, int start, int length) =>
        named.Any(n => n.Start < start + length && start < n.Start + n.Length);
}
