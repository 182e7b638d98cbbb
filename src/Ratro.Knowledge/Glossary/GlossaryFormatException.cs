namespace Ratro.Knowledge.Glossary;

/// <summary>The glossary file is not the expected TSV; the message names the file and line.</summary>
public sealed class GlossaryFormatException(string message) : Exception(message);
