namespace Ratro.Knowledge.Search;

/// <summary>The search engine cannot work (index locked or unreadable, embedding endpoint unreachable); the message says what to do.</summary>
public sealed class SearchEngineException : Exception
{
    public SearchEngineException(string message) : base(message)
    {
    }

    public SearchEngineException(string message, Exception inner) : base(message, inner)
    {
    }
}
