using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>
/// Finds a document's own designation: in the file's properties (subject, running header, title), then on its
/// first pages, then in its file name. On the first pages the first designation wins, except those that stand in an
/// amendment list, a "взамен"/"replaces" line or an approval line of another act.
/// </summary>
public static class DesignationFinder
{
    private static readonly string[] ForeignContexts =
        ["в ред.", "ред. от", "изменяющих документов", "взамен", "в соответствии с", "согласно", "replaces", "supersedes", "утвержден", "утверждены", "утверждена"];

    public static Designation? Find(IReadOnlyDictionary<string, object?> properties, string head, string fileName)
    {
        foreach (var key in new[] { "subject", "header", "title" })
        {
            if (properties.TryGetValue(key, out var value) && value is string text && First(text) is { } found)
            {
                return found;
            }
        }

        return First(head) ?? FromFileName(fileName);
    }

    private static Designation? First(string text)
    {
        foreach (var match in DesignationScanner.FindAll(text))
        {
            var before = text[Math.Max(0, match.Start - 40)..match.Start].ToLowerInvariant();
            if (!ForeignContexts.Any(c => before.Contains(c, StringComparison.Ordinal)))
            {
                return match.Designation;
            }
        }

        return null;
    }

    private static Designation? FromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        return DesignationParser.TryParse(name, out var designation) ? designation : First(name.Replace('_', ' '));
    }
}
