using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro bench …`: measurements on the data directory; each measurement is a subcommand in its own file.</summary>
internal static class BenchCommand
{
    public static Command Create() => new("bench", "Measure performance on the data directory.")
    {
        BenchAskCommand.Create(),
    };
}
