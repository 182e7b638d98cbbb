using System.CommandLine;

namespace Ratro.Knowledge.Cli;

/// <summary>Options every command accepts.</summary>
public static class CliOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory (database, original files, indexes). Default: $RATRO_DATA, else ./data.",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON document to stdout, for scripts.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log progress to stderr and print stack traces of errors.",
        Recursive = true,
    };
}
