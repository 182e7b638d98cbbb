using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders.Docx;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;

namespace Ratro.Knowledge.References;

/// <summary>
/// The texts reference extraction is timed on: the body of every Markdown document of a folder (front matter left out)
/// and the text of every Word file of another folder (decoded as ingestion decodes it, one line per block).
/// </summary>
public static class BenchmarkTexts
{
    public static async Task<IReadOnlyList<BenchmarkText>> LoadAsync(string markdownFolder, string? wordFolder, CancellationToken cancellationToken)
    {
        var texts = new List<BenchmarkText>();
        foreach (var path in Directory.EnumerateFiles(markdownFolder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n");
            texts.Add(new BenchmarkText(Path.GetFileName(path), FrontMatter.Split(text, Path.GetFileName(path)).Body, IsWord: false));
        }

        if (wordFolder is not null && Directory.Exists(wordFolder))
        {
            var decoder = new DocxDecoder(new IngestionOptions());
            foreach (var path in Directory.EnumerateFiles(wordFolder, "*.docx").Order(StringComparer.Ordinal))
            {
                var decoded = await decoder.DecodeAsync(await File.ReadAllBytesAsync(path, cancellationToken), Path.GetFileName(path), cancellationToken);
                texts.Add(new BenchmarkText(Path.GetFileName(path), string.Join('\n', decoded.Blocks.Select(b => b.DisplayText)), IsWord: true));
            }
        }

        return texts;
    }
}
