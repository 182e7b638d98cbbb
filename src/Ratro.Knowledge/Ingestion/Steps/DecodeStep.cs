using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>Decodes the bytes with the decoder of the detected format; a file with no text at all is refused.</summary>
public sealed class DecodeStep(IEnumerable<IDocumentDecoder> decoders) : IIngestionStep
{
    private readonly Dictionary<SourceFormat, IDocumentDecoder> byFormat = decoders.ToDictionary(d => d.Format);

    public string Name => "decode";

    public async ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        if (!byFormat.TryGetValue(context.Format, out var decoder))
        {
            throw new IngestionException(IngestionFailure.UnknownFormat, $"'{context.Request.FileName}': no decoder is configured for {context.Format} files.");
        }

        var decoded = await decoder.DecodeAsync(context.Content, context.Request.FileName, cancellationToken);
        if (!decoded.Blocks.Any(b => b.Text.Trim().Length > 0 || b.Table is not null))
        {
            throw new IngestionException(IngestionFailure.InvalidText, $"'{context.Request.FileName}' contains no text.");
        }

        context.Decoded = decoded;
        context.Warnings.AddRange(decoded.Warnings);
        return true;
    }
}
