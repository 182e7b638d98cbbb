namespace Ratro.Knowledge.Storage;

/// <summary>Original files kept by content hash: <c>files/ab/abcdef….pdf</c>. Writes are atomic (temp file + move).</summary>
public sealed class FileStore(DataDirectory data)
{
    public string PathFor(string sha256, string format) =>
        Path.Combine(data.FilesPath, sha256[..2], $"{sha256}.{Extension(format)}");

    public bool Exists(string sha256, string format) => File.Exists(PathFor(sha256, format));

    /// <summary>Stores the bytes; returns true when this call created the file (so a failed transaction can remove it).</summary>
    public async Task<bool> SaveAsync(string sha256, string format, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var path = PathFor(sha256, format);
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await File.WriteAllBytesAsync(temp, bytes.ToArray(), cancellationToken);
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public void Delete(string sha256, string format)
    {
        var path = PathFor(sha256, format);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Stream OpenRead(string sha256, string format) =>
        new FileStream(PathFor(sha256, format), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private static string Extension(string format) => format switch
    {
        "markdown" => "md",
        "text" => "txt",
        _ => format,
    };
}
