using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// Builds a <see cref="TextPlan"/>. The cluster analyzes the words (each word with the Russian analyzer in the Russian
/// fields and with the English analyzer in the English fields, never across); this side analyzes them too, with the
/// same kind of analysis, only to decide what the Lucene engine decides — which words are stop words in their own
/// language and so drop out, and which glossary terms the query contains.
/// </summary>
public sealed class TextPlanner(SearchAnalyzers analyzers, GlossaryExpander? expander)
{
    private static readonly string[] Languages = ["ru", "en"];

    public TextPlan Plan(ParsedQuery parsed)
    {
        var groups = parsed.Wanted.Select(Group).OfType<Query>().ToList();
        var excluded = parsed.Excluded.Select(Group).OfType<Query>().ToList();
        var (expansions, list) = Expand(parsed);
        return new TextPlan(groups, expansions, excluded, list);
    }

    private Query? Group(QueryClause clause)
    {
        var cyrillic = clause.Text.Count(IsCyrillic) * 2 > clause.Text.Count(char.IsLetter);
        var alternatives = new List<Query>();
        foreach (var language in Languages)
        {
            if (analyzers.Terms(clause.Text, language).Count == 0)
            {
                if ((language == "ru") == cyrillic)
                {
                    return null;
                }

                continue;
            }

            alternatives.Add(Dsl.PhraseInFields(clause.Text, FieldsOf(language), 1f));
        }

        if (SearchAnalyzers.Terms(analyzers.Designation, clause.Text).Count > 0)
        {
            alternatives.Add(Dsl.Phrase(IndexFields.Designations, clause.Text, 1.5f));
        }

        return alternatives.Count > 0 ? Dsl.AnyOf(alternatives) : null;
    }

    private (IReadOnlyList<Query> Queries, IReadOnlyList<GlossaryExpansion> List) Expand(ParsedQuery parsed)
    {
        if (expander is null || !parsed.Wanted.Any())
        {
            return ([], []);
        }

        var text = string.Join(' ', parsed.Wanted.Select(c => c.Text));
        var tokens = Languages.ToDictionary(l => l, l => analyzers.Terms(text, l));
        var list = expander.Expand(tokens);
        var queries = list
            .Where(e => analyzers.Terms(e.Text, e.Language).Count > 0)
            .Select(e => Dsl.PhraseInFields(e.Text, FieldsOf(SearchAnalyzers.LanguageField(e.Language)), e.Weight))
            .ToList();
        return (queries, list);
    }

    /// <summary>Body, heading (×1.5) and title (×2) of one language, as the Lucene engine weighs them.</summary>
    private static string[] FieldsOf(string language) => language == "ru"
        ? [IndexFields.BodyRu, $"{IndexFields.HeadingRu}^1.5", $"{IndexFields.TitleRu}^2"]
        : [IndexFields.BodyEn, $"{IndexFields.HeadingEn}^1.5", $"{IndexFields.TitleEn}^2"];

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
