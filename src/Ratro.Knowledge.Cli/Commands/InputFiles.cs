using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Expands files and folders given on the command line into ingestion requests, in a stable order.</summary>
internal static class InputFiles
{
    public static IEnumerable<IngestionRequest> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return IngestionRequest.FromPath(file) with { FileName = Path.GetRelativePath(path, file) };
                }
            }
            else
            {
                yield return IngestionRequest.FromPath(path) with { FileName = path };
            }
        }
    }
}
