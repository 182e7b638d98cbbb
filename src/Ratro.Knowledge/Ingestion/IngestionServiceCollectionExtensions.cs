using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Docx;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Decoders.Text;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.Ingestion.Steps;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The decoders and the named steps, in pipeline order.</summary>
    public static IServiceCollection AddRatroIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection("Ingestion")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDocumentDecoder>(sp => new PdfDecoder(sp.GetRequiredService<IOptions<IngestionOptions>>()));
        services.AddSingleton<IDocumentDecoder, MarkdownDecoder>();
        services.AddSingleton<IDocumentDecoder, TextDecoder>();
        services.AddSingleton<IDocumentDecoder>(sp => new DocxDecoder(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton<ClauseStructurer>();
        services.AddSingleton<IMetadataExtractor, TextMetadataExtractor>();
        services.AddSingleton<IIngestionStep, ReadSourceStep>();
        services.AddSingleton<IIngestionStep, UnchangedCheckStep>();
        services.AddSingleton<IIngestionStep, DecodeStep>();
        services.AddSingleton<IIngestionStep, StructureStep>();
        services.AddSingleton<IIngestionStep, MetadataStep>();
        services.AddSingleton<IIngestionStep, LinkStep>();
        services.AddSingleton<IIngestionStep, StoreStep>();
        services.AddSingleton<IIngestionStep, IndexStep>();
        services.AddSingleton<IngestionPipeline>();
        return services;
    }
}
