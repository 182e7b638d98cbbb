using Ratro.Knowledge.Cli;

return await RatroCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
