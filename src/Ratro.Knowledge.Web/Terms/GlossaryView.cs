using System.Globalization;
using System.Security.Claims;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Terms;

/// <summary>
/// The glossary page's content: terms ordered by the headword in the visitor's language, the letters that start a
/// headword, and the terms under one letter or matching a filter (in either language, synonyms and abbreviations too).
/// </summary>
public sealed class GlossaryView(GlossaryCatalog catalog, GlossarySources sources)
{
    public const int MaxFilterLength = 100;

    public async Task<GlossaryPage> BuildAsync(string? letter, string? filter, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var glossary = catalog.Current;
        var english = Cultures.Current == Cultures.English;
        var compare = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var all = glossary.Terms
            .Select(t => (Term: t, Headword: Headword(t, english)))
            .OrderBy(t => t.Headword.Text, compare)
            .ToList();
        var letters = all.Select(t => First(t.Headword.Text)).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var wanted = (filter ?? "").Trim();
        wanted = wanted.Length > MaxFilterLength ? wanted[..MaxFilterLength] : wanted;
        var chosen = letter is { Length: > 0 } ? letter.Trim().ToUpperInvariant() : null;
        var shown = all
            .Where(t => chosen is null || First(t.Headword.Text) == chosen)
            .Where(t => wanted.Length == 0 || Matches(t.Term, wanted))
            .ToList();
        var documents = await sources.ResolveAsync(shown.Select(t => t.Term.Source).OfType<string>(), cancellationToken);
        var entries = shown.Select(t => new GlossaryEntry(
            t.Term,
            t.Headword.Text,
            t.Headword.Language,
            t.Term.Source is { } s && documents.TryGetValue(s, out var d) && DocumentAccess.CanSeeCard(user, d) ? d : null)).ToList();
        return new GlossaryPage(entries, letters, chosen, wanted, glossary.Terms.Count, glossary.Problem);
    }

    private static (string Text, string Language) Headword(Ratro.Knowledge.Glossary.GlossaryTerm term, bool english) =>
        english
            ? term.TermEn.Length > 0 ? (term.TermEn, Cultures.English) : (term.TermRu, Cultures.Russian)
            : term.TermRu.Length > 0 ? (term.TermRu, Cultures.Russian) : (term.TermEn, Cultures.English);

    private static string First(string text) =>
        text.FirstOrDefault(char.IsLetterOrDigit) is var c && c != default ? char.ToUpperInvariant(c).ToString() : "";

    private static bool Matches(Ratro.Knowledge.Glossary.GlossaryTerm term, string filter) =>
        new[] { term.TermRu, term.TermEn }
            .Concat(term.SynonymsRu).Concat(term.SynonymsEn).Concat(term.Abbreviations)
            .Any(v => Fold(v).Contains(Fold(filter), StringComparison.CurrentCultureIgnoreCase));

    private static string Fold(string text) => text.Replace('ё', 'е').Replace('Ё', 'Е');
}
