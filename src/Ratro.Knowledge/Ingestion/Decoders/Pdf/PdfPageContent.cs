namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>What one page holds after layout: its text flow (lines and tables) in reading order.</summary>
internal sealed class PdfPageContent(int number, List<PdfFlowItem> flow)
{
    /// <summary>1-based page number.</summary>
    public int Number { get; } = number;

    public List<PdfFlowItem> Flow { get; } = flow;

    public IEnumerable<PdfLine> Lines => Flow.Where(i => i.Line is not null).Select(i => i.Line!);
}
