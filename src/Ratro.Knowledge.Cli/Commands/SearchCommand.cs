using System.CommandLine;
using System.Globalization;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro search "QUERY"`: documents matching a query with their best clauses. The command line is anonymous: it
/// sees public documents only, unless --access members|restricted is given (for operators of the installation).
/// </summary>
internal static class SearchCommand
{
    private static readonly Argument<string> Query = new("query") { Description = "What to look for; see docs/search.md for \"phrases\", -exclusions and field:value filters." };
    private static readonly Option<int> Top = new("--top") { Description = "How many documents to show (1–100).", DefaultValueFactory = _ => 10 };
    private static readonly Option<string[]> Type = new("--type") { Description = "Document type (federal_law, ministry_order, national_standard …); repeatable." };
    private static readonly Option<string[]> Status = new("--status") { Description = "Status (in_force, superseded, withdrawn …); repeatable." };
    private static readonly Option<string[]> Issuer = new("--issuer") { Description = "Issuer (words of it, any case); repeatable." };
    private static readonly Option<string?> On = new("--on") { Description = "Only editions in force on this date (YYYY-MM-DD)." };
    private static readonly Option<string[]> Lang = new("--lang") { Description = "Document language (ru, en); repeatable." };
    private static readonly Option<string?> Access = new("--access")
    {
        Description = "See documents up to this access level: public (default), members, restricted. The command line is otherwise anonymous.",
    };

    public static Command Create()
    {
        var command = new Command("search", "Search documents and clauses.") { Query, Top, Type, Status, Issuer, On, Lang, Access };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var query = new SearchQuery
        {
            Text = parse.GetValue(Query) ?? "",
            Limit = parse.GetValue(Top),
            Access = parse.GetValue(Access) is { } access ? EnumNames.Parse<AccessLevel>(access) : AccessLevel.Public,
            Filters = new SearchFilters
            {
                Types = (parse.GetValue(Type) ?? []).Select(EnumNames.Parse<DocumentType>).ToList(),
                Statuses = (parse.GetValue(Status) ?? []).Select(EnumNames.Parse<DocumentStatus>).ToList(),
                Issuers = parse.GetValue(Issuer) ?? [],
                Languages = (parse.GetValue(Lang) ?? []).Select(l => l.ToLowerInvariant()).ToList(),
                InForceOn = parse.GetValue(On) is { } day ? Date(day) : null,
            },
        };
        var results = await session.Get<ISearchIndex>().SearchAsync(query, cancellationToken);
        var records = await session.Get<DocumentStore>().GetRecordsAsync(results.Hits.Select(h => h.DocumentId).ToList(), cancellationToken);
        var hits = results.Hits.Select(h => SearchHitJson.From(h, records.GetValueOrDefault(h.DocumentId))).ToList();
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new
            {
                total = results.Total,
                hits,
                facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
                designations = results.Explanation.Designations,
                expansions = results.Explanation.Expansions,
            });
            return 0;
        }

        var table = new Table().AddColumns("Designation", "Status", "Title", "Clause", "Page", "Score", "Snippet");
        foreach (var hit in hits)
        {
            table.AddRow(
                Markup.Escape(hit.Designation),
                Markup.Escape(hit.Status),
                Markup.Escape(Shorten(hit.Title, 50)),
                Markup.Escape(hit.Clause ?? ""),
                Markup.Escape(hit.Page ?? ""),
                hit.Score.ToString("0.00", CultureInfo.InvariantCulture),
                SnippetMarkup.ToMarkup(hit.Snippet ?? ""));
        }

        session.Console.Write(table);
        session.Console.WriteLine($"{results.Total} documents ({results.Explanation.Elapsed.TotalMilliseconds:0} ms)");
        return 0;
    }

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"--on takes a date as YYYY-MM-DD, not '{text}'.");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
