using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro refs DESIGNATION [--clause KEY] [--stubs]`: what a document (or clause) refers to and what refers to it.</summary>
internal static class RefsCommand
{
    private static readonly Argument<string> Target = new("designation") { Description = "A held document (any written form, slug or id) or a designation only referenced." };

    private static readonly Option<string?> Clause = new("--clause") { Description = "Only references from and to this clause and the clauses under it (\"3.1.2\", \"п. 3.1.2\", \"article:6/1\")." };

    private static readonly Option<bool> Stubs = new("--stubs") { Description = "Also list the documents this one references that are not held." };

    public static Command Create()
    {
        var command = new Command("refs", "Show the outgoing and incoming references of a document or clause.") { Target, Clause, Stubs };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var node = await GraphNodes.LocateAsync(session, parse.GetValue(Target)!, cancellationToken);
        var clause = ClauseScope.Parse(parse.GetValue(Clause));
        var listing = await session.Get<ReferenceGraph>().ReferencesAsync(node, clause, cancellationToken);
        var stubs = parse.GetValue(Stubs) && node.Document is { } held
            ? await session.Get<StubCatalog>().ListAsync(held.Id, cancellationToken)
            : null;
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new
            {
                document = new { canonical = node.Canonical, held = node.IsHeld, actDate = node.Stub?.ActDate, record = HeldJson.From(node.Document) },
                clause = clause?.Key,
                outgoing = listing.Outgoing.Select(r => ReferenceJson.From(r, outgoing: true)),
                incoming = listing.Incoming.Select(r => ReferenceJson.From(r, outgoing: false)),
                stubs = stubs?.Select(StubJson.From),
            });
            return 0;
        }

        var console = session.Console;
        var dated = node.Stub?.ActDate is { } act ? $" of {CliDates.Format(act)}" : "";
        console.WriteLine($"{node.Canonical}{dated}{(node.Document is { } d ? $" — {d.Title}" : " (referenced, not held)")}{(clause is null ? "" : $", clause {clause.Key}")}");
        console.Write(Table("Outgoing", listing.Outgoing, outgoing: true));
        console.Write(Table("Incoming", listing.Incoming, outgoing: false));
        if (stubs is not null)
        {
            var table = new Table().Title("Referenced, not held").AddColumns("Designation", "Act date", "Documents", "First evidence");
            foreach (var stub in stubs)
            {
                table.AddRow(Markup.Escape(stub.Canonical), stub.ActDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    stub.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(Shorten(stub.FirstEvidence ?? "", 60)));
            }

            console.Write(table);
        }

        return 0;
    }

    private static Table Table(string title, IReadOnlyList<GraphReference> references, bool outgoing)
    {
        var table = new Table().Title($"{title} ({references.Count})").AddColumns("Clause", "Type", outgoing ? "Target" : "Source", "Other clause", "Degree", "Held", "Evidence");
        foreach (var r in references)
        {
            var other = outgoing ? r.TargetResolution.Document?.Canonical ?? r.Target.Display : r.SourceResolution.Document?.Canonical ?? r.Source.Display;
            table.AddRow(
                Markup.Escape((outgoing ? r.SourceClause : r.TargetClause) ?? ""),
                EnumNames.ToName(r.Type),
                Markup.Escape(other),
                Markup.Escape((outgoing ? r.TargetClause : r.SourceClause) ?? ""),
                r.Relation.Degree is { } degree ? EnumNames.ToName(degree).ToUpperInvariant() : "",
                (outgoing ? r.TargetResolution : r.SourceResolution).IsResolved ? "yes" : "no",
                Markup.Escape(Shorten(r.Relation.Evidence ?? "", 50)));
        }

        return table;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
