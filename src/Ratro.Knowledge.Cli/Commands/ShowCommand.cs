using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro show DESIGNATION-OR-ID`: the record and its clause tree.</summary>
internal static class ShowCommand
{
    private static readonly Argument<string> Target = new("designation-or-id") { Description = "Designation in any written form, slug or document id." };

    private static readonly Option<bool> Text = new("--text") { Description = "Include clause texts." };

    public static Command Create()
    {
        var command = new Command("show", "Show a document's record and clause tree.") { Target, Text };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var target = parse.GetValue(Target)!;
        var document = await session.Get<DocumentStore>().FindAsync(target, cancellationToken)
            ?? throw new CliException($"no stored document matches '{target}'.");
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, DocumentJson.From(document, withClauses: true, withText: parse.GetValue(Text)));
            return 0;
        }

        var console = session.Console;
        var card = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => card.AddRow(new Text(name), new Text(value ?? "—"));
        Row("Designation", document.Designation);
        Row("Canonical", document.Canonical);
        Row("Title (ru)", document.TitleRu);
        Row("Title (en)", document.TitleEn);
        Row("Type", EnumNames.ToName(document.Type));
        Row("Status", $"{EnumNames.ToName(document.Status)}{(document.StatusVerified is { } v ? $" (verified {v})" : " (verification date not recorded)")}");
        Row("Access", EnumNames.ToName(document.Access));
        Row("Edition", document.Edition);
        Row("Pages", document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(card);
        var tree = new Table().AddColumns("Number", "Heading", "Pages");
        foreach (var clause in document.Clauses.OrderBy(c => c.Ordinal))
        {
            var pages = clause.PageStart is null ? "" : clause.PageStart == clause.PageEnd ? $"{clause.PageStart}" : $"{clause.PageStart}–{clause.PageEnd}";
            tree.AddRow(Markup.Escape(new string(' ', clause.Depth * 2) + (clause.Number.Length > 0 ? clause.Number : clause.Key)), Markup.Escape(clause.Heading ?? ""), pages);
        }

        console.Write(tree);
        return 0;
    }
}
