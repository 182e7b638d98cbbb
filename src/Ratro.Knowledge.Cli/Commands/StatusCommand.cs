using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro status DESIGNATION [--on YYYY-MM-DD]`: the document's status and currency line, whether it was in force on a day
/// and why, its supersession chain, editions and adoption counterparts.
/// </summary>
internal static class StatusCommand
{
    private static readonly Argument<string> Target = new("designation") { Description = "A held document: any written form of its designation, slug or id." };

    private static readonly Option<string?> On = new("--on") { Description = "Say whether it was in force on this day (YYYY-MM-DD)." };

    public static Command Create()
    {
        var command = new Command("status", "Show a document's status, whether it was in force on a day, its supersession chain and counterparts.") { Target, On };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var day = parse.GetValue(On) is { } text ? CliDates.Parse("--on", text) : (DateOnly?)null;
        var document = await GraphNodes.LocateHeldAsync(session, parse.GetValue(Target)!, cancellationToken);
        var graph = session.Get<ReferenceGraph>();
        var node = await graph.NodeAsync(document, cancellationToken);
        var editions = await session.Get<GraphStore>().EditionsAsync(document.Canonical, cancellationToken);
        var validity = await session.Get<StatusTimeline>().ValidityAsync(document, editions, cancellationToken);
        var onDate = day is { } d ? StatusAnswers.AsOf(validity, d) : null;
        var chain = await session.Get<SupersessionChains>().WalkAsync(node, cancellationToken);
        var counterparts = await graph.CounterpartsAsync(node, cancellationToken);
        var json = StatusJson.From(validity, DateOnly.FromDateTime(DateTime.Today), onDate, chain, editions, counterparts);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, json);
            return 0;
        }

        var console = session.Console;
        console.WriteLine($"{document.Canonical} — {document.Title}");
        console.WriteLine($"status: {json.Status}");
        console.WriteLine(json.Currency.Ru);
        console.WriteLine(json.Currency.En);
        if (json.OnDate is { } answer)
        {
            console.WriteLine($"{CliDates.Format(answer.Date)}: {answer.InForce} — {answer.ReasonRu} / {answer.ReasonEn}{(answer.Approximate ? " (approximate)" : "")}");
        }

        var links = new Table().Title("Supersession").AddColumns("Successor", "Predecessor", "From", "Partial");
        foreach (var link in chain.Predecessors.Concat(chain.Successors))
        {
            links.AddRow(Markup.Escape(link.Successor.Canonical), Markup.Escape(link.Predecessor.Canonical), CliDates.Format(link.On), link.Partial ? "partial" : "");
        }

        console.Write(links);
        console.WriteLine($"current: {json.Supersession.Current.Canonical}");
        var others = new Table().Title("Editions and counterparts").AddColumns("Relation", "Designation", "Held", "Degree");
        foreach (var edition in json.Editions)
        {
            others.AddRow(edition.Current ? "edition (current)" : "edition", Markup.Escape($"{edition.Designation} {edition.Edition}".Trim()), "yes", "");
        }

        foreach (var c in json.Counterparts)
        {
            others.AddRow($"{c.Type} ({c.Direction})", Markup.Escape(c.Canonical), c.Held ? "yes" : "no", c.Degree?.ToUpperInvariant() ?? "");
        }

        console.Write(others);
        return 0;
    }
}
