namespace Ratro.Knowledge.Storage;

/// <summary>The layout of the data directory: <c>ratro.db</c>, <c>files/</c> (originals by hash), <c>index/</c>.</summary>
public sealed class DataDirectory
{
    public DataDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "ratro.db");

    public string FilesPath => Path.Combine(Root, "files");

    public string IndexPath => Path.Combine(Root, "index");

    public string ConnectionString => $"Data Source={DatabasePath};Cache=Shared;Foreign Keys=True";

    /// <summary>Creates the directories if missing; fails with a clear message when the location is unusable.</summary>
    public void EnsureCreated()
    {
        try
        {
            Directory.CreateDirectory(Root);
            Directory.CreateDirectory(FilesPath);
            Directory.CreateDirectory(IndexPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"cannot use data directory '{Root}': {e.Message}", e);
        }
    }
}
