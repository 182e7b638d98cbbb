using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro corpus`: tools for the corpus — renditions of its documents and a synthetic scale corpus.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var command = new Command("corpus", "Corpus tools: render documents as PDF/DOCX, generate a synthetic corpus for benchmarks.");
        command.Subcommands.Add(CorpusRenderCommand.Create());
        command.Subcommands.Add(CorpusSynthCommand.Create());
        return command;
    }
}
