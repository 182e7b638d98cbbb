using System.CommandLine;
using Ratro.Knowledge.Cli.Commands;

namespace Ratro.Knowledge.Cli;

/// <summary>The subcommands of `ratro`, in the order `ratro --help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        IngestCommand.Create(),
        ListCommand.Create(),
        ShowCommand.Create(),
        SeedCommand.Create(),
        SearchCommand.Create(),
        ReindexCommand.Create(),
        CorpusCommand.Create(),
        BenchCommand.Create(),
    ];
}
