using System.CommandLine;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Designations;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro designation "TEXT"`: how the parser reads a designation (canonical form, family, year, edition, adoption).</summary>
internal static class DesignationCommand
{
    private static readonly Argument<string> Text = new("text") { Description = "A designation in any written form: \"НРБ-99/2009\", \"ГОСТ Р МЭК 62083—2013\", \"iec 60601-2-1:2020\"." };

    public static Command Create()
    {
        var command = new Command("designation", "Parse a designation and show its canonical form.") { Text };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var designation = DesignationParser.Parse(parse.GetValue(Text));
        var json = DesignationJson.From(designation);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, json);
            return 0;
        }

        var card = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => card.AddRow(new Text(name), new Text(value ?? "—"));
        Row("Input", json.Input);
        Row("Canonical", json.Canonical);
        Row("Work key", json.WorkKey);
        Row("Family", System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(json.Family.ToString()));
        Row("Year", json.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Dated", json.IsDated ? "yes (one edition)" : "no (the latest edition)");
        Row("Edition", json.Edition ?? json.Amendment);
        Row("Adopts", json.Adopts is { } a ? $"{a.Canonical}{(a.Degree is { } d ? $" ({d.ToUpperInvariant()})" : "")}" : null);
        Row("Warnings", json.Warnings.Count == 0 ? null : string.Join("; ", json.Warnings));
        session.Console.Write(card);
        return 0;
    }
}
