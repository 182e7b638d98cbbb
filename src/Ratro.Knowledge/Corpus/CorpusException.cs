namespace Ratro.Knowledge.Corpus;

/// <summary>The corpus (manifest, folders, files) is not what it should be; the message says what.</summary>
public sealed class CorpusException(string message) : Exception(message);
