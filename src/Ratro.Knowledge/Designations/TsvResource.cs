using System.Reflection;

namespace Ratro.Knowledge.Designations;

/// <summary>Reads the small tab-separated tables embedded beside the parser ("#" starts a comment line).</summary>
internal static class TsvResource
{
    public static IReadOnlyList<string[]> Read(string fileName)
    {
        var name = $"Ratro.Knowledge.Designations.Data.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded table '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
