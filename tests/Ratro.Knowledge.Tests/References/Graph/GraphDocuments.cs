using System.Text;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>Small Markdown documents with front matter, written for graph tests.</summary>
internal static class GraphDocuments
{
    /// <param name="designation">The designation (front matter "designation").</param>
    /// <param name="frontMatter">More front matter lines ("approved: 2005-06-01", "relations: …").</param>
    /// <param name="body">Markdown body; a heading and a clause are added when empty.</param>
    public static string Markdown(string designation, string frontMatter = "", string body = "")
    {
        var text = new StringBuilder();
        text.Append("---\n").Append($"designation: \"{designation}\"\n").Append("title_ru: \"Документ для проверки графа ссылок\"\n");
        if (!frontMatter.Contains("status:", StringComparison.Ordinal))
        {
            text.Append("status: in_force\n");
        }

        if (frontMatter.Length > 0)
        {
            text.Append(frontMatter.TrimEnd('\n')).Append('\n');
        }

        text.Append("---\n\n");
        text.Append(body.Length > 0 ? body : "# Документ\n\n## 1. Общие положения\n\n1.1. Требования установлены настоящим документом.\n");
        return text.ToString();
    }
}
