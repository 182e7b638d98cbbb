namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The index folder holds generations (<c>g000001</c>, …) and a file <c>CURRENT</c> naming the live one.
/// A rebuild fills a new generation and then replaces <c>CURRENT</c> by an atomic rename, so readers see the old
/// index or the new one, never a mix; older generations are deleted afterwards.
/// </summary>
public sealed class IndexGenerations(string root)
{
    private const string PointerFile = "CURRENT";

    public string Root => root;

    /// <summary>The live generation's folder, creating the first one when the index is new.</summary>
    public string Current()
    {
        var pointer = Path.Combine(root, PointerFile);
        if (File.Exists(pointer) && File.ReadAllText(pointer).Trim() is { Length: > 0 } name && Directory.Exists(Path.Combine(root, name)))
        {
            return Path.Combine(root, name);
        }

        var first = Next();
        Promote(first);
        return first;
    }

    /// <summary>A new, empty generation folder.</summary>
    public string Next()
    {
        Directory.CreateDirectory(root);
        var last = Directory.EnumerateDirectories(root, "g*")
            .Select(d => int.TryParse(Path.GetFileName(d)[1..], out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var path = Path.Combine(root, $"g{last + 1:D6}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Makes a generation live (atomic rename of the pointer file) and deletes the others.</summary>
    public void Promote(string generation)
    {
        var temp = Path.Combine(root, PointerFile + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(generation));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path.Combine(root, PointerFile), overwrite: true);
    }

    /// <summary>Deletes every generation but the live one; a folder still in use elsewhere is left for next time.</summary>
    public IReadOnlyList<string> DeleteStale(string live)
    {
        var problems = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root, "g*").Where(d => Path.GetFileName(d) != Path.GetFileName(live)))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{folder}: {e.Message}");
            }
        }

        return problems;
    }
}
