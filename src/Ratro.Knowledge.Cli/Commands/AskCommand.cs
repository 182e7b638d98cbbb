using System.CommandLine;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Cli.Output;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro ask "QUESTION"`: an answer with numbered citations (or, with --json, the answer as JSON). Exit code 0 for an
/// answer or a "not found" refusal; 1 for a question that cannot be asked (empty, too long, no words), with the
/// reason on stderr.
/// </summary>
internal static class AskCommand
{
    private static readonly Argument<string> Question = new("question") { Description = "The question, in Russian or English." };
    private static readonly Option<string?> Access = AccessOption.Create();
    private static readonly Option<string?> Lang = new("--lang") { Description = "Language of the answer: ru or en (default: the question's)." };
    private static readonly Option<string?> Mode = new("--mode") { Description = "auto (default), extractive or generative." };
    private static readonly Option<bool> Explain = new("--explain") { Description = "Show how the question was read and the best scored passages instead of an answer." };

    public static Command Create()
    {
        var command = new Command("ask", "Answer a question from the documents, with citations.") { Question, Access, Lang, Mode, Explain };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var mode = parse.GetValue(Mode) is { } m ? Documents.EnumNames.Parse<AnswerMode>(m) : AnswerMode.Auto;
        var request = new AnswerRequest(
            parse.GetValue(Question) ?? "",
            parse.GetValue(Lang),
            AccessOption.Parse(parse.GetValue(Access)),
            new AnswerRequestOptions { Mode = mode });
        if (parse.GetValue(Explain))
        {
            await ExplanationText.WriteAsync(session.Out, await session.Get<AnswerService>().ExplainAsync(request, 12, cancellationToken));
            return 0;
        }

        var answer = await session.Get<IAnswerService>().AskAsync(request, cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, answer);
        }
        else
        {
            await AnswerText.WriteAsync(session.Out, answer);
        }

        if (answer.RefusalReason is RefusalReason.EmptyQuestion or RefusalReason.QuestionTooLong or RefusalReason.Unintelligible)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"ratro: {answer.Text}");
            return CliAction.Failure;
        }

        return 0;
    }
}
