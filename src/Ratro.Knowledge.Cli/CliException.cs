namespace Ratro.Knowledge.Cli;

/// <summary>A command cannot do what was asked; the message is shown as is.</summary>
public sealed class CliException(string message) : Exception(message);
