using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A node of the clause tree as the CLI prints it; <see cref="Text"/> only with --text.</summary>
internal sealed record ClauseJson(
    string Number, string Key, string Kind, int Depth, string? Heading, int? PageStart, int? PageEnd, int Tables, int Footnotes, string? Text)
{
    public static ClauseJson From(Clause c, bool withText) => new(
        c.Number, c.Key, EnumNames.ToName(c.Kind), c.Depth, c.Heading, c.PageStart, c.PageEnd, c.Tables.Count, c.Footnotes.Count, withText ? c.Text : null);
}
