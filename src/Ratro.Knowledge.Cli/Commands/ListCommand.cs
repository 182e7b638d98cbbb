using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro list`: the current edition of every stored document.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List stored documents (current editions).");
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var documents = await session.Get<DocumentStore>().ListAsync(cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new { total = documents.Count, documents = documents.Select(d => DocumentJson.From(d, false, false)) });
            return 0;
        }

        var table = new Table().AddColumns("Designation", "Type", "Status", "Access", "Title", "Id");
        foreach (var d in documents)
        {
            table.AddRow(
                Markup.Escape(d.Designation.Length > 0 ? d.Designation : d.Canonical),
                EnumNames.ToName(d.Type),
                EnumNames.ToName(d.Status),
                EnumNames.ToName(d.Access),
                Markup.Escape(Shorten(d.Title, 60)),
                d.Id.ToString());
        }

        session.Console.Write(table);
        session.Console.WriteLine($"{documents.Count} documents");
        return 0;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
