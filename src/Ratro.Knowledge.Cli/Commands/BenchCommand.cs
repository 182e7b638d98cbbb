using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro bench`: measurements of this installation on this machine; each benchmark is a subcommand in its own file.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks: measure this installation on this machine.");
        command.Subcommands.Add(BenchIngestCommand.Create());
        return command;
    }
}
