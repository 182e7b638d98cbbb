using System.CommandLine;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Cli;

/// <summary>
/// Wires a command handler: opens the session, runs the handler, and turns failures into one line on
/// stderr a person understands (stack trace only with --verbose) and a non-zero exit code.
/// </summary>
internal static class CliAction
{
    public const int Failure = 1;
    public const int Unexpected = 70;

    public static void Set(Command command, Func<CliSession, ParseResult, CancellationToken, Task<int>> handler, bool needsStore = true)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var verbose = parse.GetValue(CliOptions.Verbose);
            try
            {
                await using var session = await CliSession.OpenAsync(parse, needsStore, cancellationToken);
                return await handler(session, parse, cancellationToken);
            }
            catch (Exception e) when (IsExpected(e))
            {
                await error.WriteLineAsync($"ratro: {Message(e)}");
                if (verbose)
                {
                    await error.WriteLineAsync(e.ToString());
                }

                return Failure;
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync("ratro: cancelled.");
                return Failure;
            }
            catch (Exception e)
            {
                await error.WriteLineAsync($"ratro: unexpected error: {e.GetBaseException().Message} (run with --verbose for details)");
                if (verbose)
                {
                    await error.WriteLineAsync(e.ToString());
                }

                return Unexpected;
            }
        });
    }

    private static bool IsExpected(Exception e) =>
        e is CliException or Corpus.CorpusException or StorageException or IngestionException or OptionsValidationException or FormatException
            or SearchQueryException or SearchEngineException or Glossary.GlossaryFormatException;

    private static string Message(Exception e) => e switch
    {
        OptionsValidationException o => $"invalid configuration: {string.Join("; ", o.Failures)}",
        _ => e.Message,
    };
}
