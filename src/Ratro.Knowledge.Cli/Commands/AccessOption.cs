using System.CommandLine;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>The --access option of the question commands: the command line is anonymous unless an operator says otherwise.</summary>
internal static class AccessOption
{
    public static Option<string?> Create() => new("--access")
    {
        Description = "Read documents up to this access level: public (default), members, restricted. The command line is otherwise anonymous.",
    };

    public static AccessLevel Parse(string? value) => value is null ? AccessLevel.Public : EnumNames.Parse<AccessLevel>(value);
}
