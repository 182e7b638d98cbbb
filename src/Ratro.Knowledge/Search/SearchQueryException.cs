namespace Ratro.Knowledge.Search;

/// <summary>A query that cannot be run as typed; the message says why, in Russian and English.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
