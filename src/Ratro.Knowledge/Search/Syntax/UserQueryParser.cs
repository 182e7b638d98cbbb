using System.Text;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search.Syntax;

/// <summary>
/// Reads what a person types into a search box. Every part of the syntax is optional, and any text gives a
/// query (never an exception) except an over-long one or a field filter with an unknown value:
/// <list type="bullet">
/// <item><c>пределы доз персонала</c> — words; all forms of a word match (морфология), most words must match.</item>
/// <item><c>"контроль качества"</c> — a phrase: the words in this order.</item>
/// <item><c>-бахрома</c>, <c>-"вне помещений"</c>, <c>NOT слово</c> — documents containing it are left out.</item>
/// <item><c>type:ministry_order</c>, <c>status:in_force</c>, <c>lang:en</c>, <c>issuer:IAEA</c>,
/// <c>jurisdiction:RU</c>, <c>ics:13.280</c>, <c>year:2009</c>, <c>year:2000..2010</c> — filters; values may be quoted
/// (<c>issuer:"Минздрав России"</c>); several values of one field are alternatives.</item>
/// <item>Designations in any written form (<c>НРБ-99/2009</c>, <c>нрб 99 2009</c>, <c>TRS 398</c>) rank that document first.</item>
/// </list>
/// <c>AND</c>/<c>OR</c>, brackets, lone <c>*</c> or <c>-</c>, unbalanced quotes and control characters are read as spaces.
/// </summary>
public static class UserQueryParser
{
    public const int DefaultMaxLength = 1000;
    public const int MaxClauses = 64;

    public static ParsedQuery Parse(string? text, int maxLength = DefaultMaxLength)
    {
        var clean = Clean(text ?? "");
        if (clean.Trim().Length > maxLength)
        {
            throw new SearchQueryException(
                $"Запрос слишком длинный: {clean.Trim().Length} символов, допускается {maxLength}. / " +
                $"The query is too long: {clean.Trim().Length} characters, the limit is {maxLength}.");
        }

        var clauses = new List<QueryClause>();
        var filters = new FilterBuilder();
        var excludeNext = false;
        foreach (var piece in QueryScanner.Scan(clean))
        {
            if (!piece.Quoted && piece.Text is "AND" or "OR" or "&&" or "||")
            {
                continue;
            }

            if (!piece.Quoted && piece.Text is "NOT")
            {
                excludeNext = true;
                continue;
            }

            if (!piece.Quoted && filters.TryAdd(piece.Field, piece.Text, piece.FieldQuoted))
            {
                continue;
            }

            var value = piece.Field is null ? piece.Text : $"{piece.Field}:{piece.Text}";
            if (clauses.Count < MaxClauses && value.Any(char.IsLetterOrDigit))
            {
                clauses.Add(new QueryClause(value, piece.Quoted, piece.Excluded || excludeNext, piece.Start, piece.Length));
            }

            excludeNext = false;
        }

        return new ParsedQuery(clauses, filters.Build(), clean);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '(' or ')' or '[' or ']' or '{' or '}' or '*' or '?' or '~' or '^' or '\\' or '«' or '»' or '“' or '”' or '„'
                ? c is '«' or '»' or '“' or '”' or '„' ? '"' : ' '
                : c);
        }

        return builder.ToString();
    }
}
