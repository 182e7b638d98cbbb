using System.Security.Cryptography;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Metadata;

namespace Ratro.Knowledge.Corpus.Rendering;

/// <summary>Reads a corpus Markdown file with the ingestion Markdown decoder and front matter reader, so renditions show what ingestion reads.</summary>
public static class CorpusSourceReader
{
    private static readonly MarkdownDecoder Decoder = new();

    public static async Task<CorpusSource> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        var decoded = await Decoder.DecodeAsync(content, fileName, cancellationToken);
        var metadata = FrontMatterReader.Read(decoded.Properties, fileName);
        if (metadata.Canonical is null)
        {
            throw new CorpusException($"'{fileName}' has no 'designation' in its front matter; a corpus document cannot be rendered without one.");
        }

        var title = decoded.Properties.TryGetValue("title", out var t) && t is string s && s.Length > 0
            ? s
            : (metadata.Language == "ru" ? metadata.TitleRu ?? metadata.TitleEn : metadata.TitleEn ?? metadata.TitleRu) ?? metadata.Canonical;
        return new CorpusSource
        {
            FileName = fileName,
            Metadata = metadata,
            Title = title,
            Blocks = decoded.Blocks,
            ContentHash = SHA256.HashData(content.Span),
        };
    }

    public static async Task<CorpusSource> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return await ReadAsync(bytes, Path.GetFileName(path), cancellationToken);
    }
}
