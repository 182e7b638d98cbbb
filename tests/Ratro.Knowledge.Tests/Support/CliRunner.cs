using Ratro.Knowledge.Cli;

namespace Ratro.Knowledge.Tests.Support;

/// <summary>Runs `ratro` in process with captured stdout and stderr.</summary>
public static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await RatroCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

public sealed record CliRun(int Code, string Out, string Error);
