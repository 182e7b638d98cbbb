namespace Ratro.Knowledge.Storage;

/// <summary>The store could not be opened or written; the message says what and where.</summary>
public sealed class StorageException : Exception
{
    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
