using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>Builds the clause tree from the decoded blocks.</summary>
public sealed class StructureStep(ClauseStructurer structurer) : IIngestionStep
{
    public string Name => "structure";

    public ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        context.Clauses = structurer.Build(context.Decoded!.Blocks, cancellationToken);
        return ValueTask.FromResult(true);
    }
}
