using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>Reads the bytes (bounded by the size limit), computes SHA-256 and detects the format from the signature.</summary>
public sealed class ReadSourceStep(IOptions<IngestionOptions> options) : IIngestionStep
{
    public string Name => "read";

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var content = request.Content ?? await ReadFileAsync(request, options.Value.MaxFileBytes, cancellationToken);
        if (content.Length == 0)
        {
            throw new IngestionException(IngestionFailure.EmptyFile, $"'{request.FileName}' is empty (0 bytes).");
        }

        if (content.Length > options.Value.MaxFileBytes)
        {
            throw TooLarge(request.FileName, content.Length, options.Value.MaxFileBytes);
        }

        context.Content = content;
        context.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        context.Format = FormatDetector.Detect(content.Span, request.FileName);
        return true;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadFileAsync(IngestionRequest request, long limit, CancellationToken cancellationToken)
    {
        var path = request.Path ?? throw new IngestionException(IngestionFailure.Unreadable, $"'{request.FileName}': no file path and no content were given.");
        try
        {
            if (Directory.Exists(path))
            {
                throw new IngestionException(IngestionFailure.Unreadable, $"'{path}' is a directory, not a file.");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new IngestionException(IngestionFailure.Unreadable, $"'{path}' does not exist.");
            }

            if (info.Length > limit)
            {
                throw TooLarge(request.FileName, info.Length, limit);
            }

            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IngestionException(IngestionFailure.Unreadable, $"'{path}' cannot be read: permission denied.", e);
        }
        catch (IOException e)
        {
            throw new IngestionException(IngestionFailure.Unreadable, $"'{path}' cannot be read: {e.Message}", e);
        }
    }

    private static IngestionException TooLarge(string fileName, long size, long limit) =>
        new(IngestionFailure.TooLarge, $"'{fileName}' is {Megabytes(size)}, over the {Megabytes(limit)} limit (Ingestion:MaxFileBytes).");

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
