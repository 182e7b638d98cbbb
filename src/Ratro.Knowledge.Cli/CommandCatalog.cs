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
        AskCommand.Create(),
        EvalCommand.Create(),
        BenchCommand.Create(),
        ReindexCommand.Create(),
        CorpusCommand.Create(),
        DesignationCommand.Create(),
        RefsCommand.Create(),
        StatusCommand.Create(),
    ];
}
