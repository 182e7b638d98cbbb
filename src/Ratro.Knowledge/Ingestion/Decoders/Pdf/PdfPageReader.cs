using UglyToad.PdfPig;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Reads every page of a PDF into lines and tables. PdfPig documents are not thread-safe, so pages are read in
/// parallel by workers that each open their own document over the same bytes and take every n-th page
/// (interleaved, so long and short pages spread evenly); the first worker uses the document already open.
/// Files under <see cref="PagesPerWorker"/> pages per extra worker are read by one thread: opening a second
/// parser costs more than it saves there. Pages come back in order with the text-layer statistics and
/// warnings of all of them.
/// </summary>
internal static class PdfPageReader
{
    public const int PagesPerWorker = 6;

    public static PdfPages ReadAll(PdfDocument document, ReadOnlyMemory<byte> content, string fileName, int workers, CancellationToken cancellationToken)
    {
        var pageCount = document.NumberOfPages;
        var count = Workers(pageCount, workers);
        var slots = new PdfPageRead[pageCount];
        if (count == 1)
        {
            ReadShare(document, fileName, 0, 1, slots, cancellationToken);
        }
        else
        {
            var others = Enumerable.Range(1, count - 1)
                .Select(worker => Task.Run(
                    () =>
                    {
                        using var own = PdfDocumentOpener.Open(content, fileName);
                        ReadShare(own, fileName, worker, count, slots, cancellationToken);
                    },
                    cancellationToken))
                .ToArray();
            try
            {
                ReadShare(document, fileName, 0, count, slots, cancellationToken);
            }
            finally
            {
                WaitAll(others);
            }
        }

        var check = new TextLayerCheck();
        var warnings = new List<string>();
        foreach (var slot in slots)
        {
            check.Add(slot.Check);
            warnings.AddRange(slot.Warnings);
        }

        return new PdfPages(slots.Select(s => s.Content).ToList(), check, warnings);
    }

    /// <summary>How many workers read a file of <paramref name="pageCount"/> pages: as configured (0: one per processor), fewer for short files.</summary>
    public static int Workers(int pageCount, int configured)
    {
        var wanted = configured > 0 ? configured : Environment.ProcessorCount;
        return Math.Max(1, Math.Min(wanted, pageCount / PagesPerWorker));
    }

    private static void ReadShare(PdfDocument document, string fileName, int worker, int workers, PdfPageRead[] slots, CancellationToken cancellationToken)
    {
        for (var index = worker; index < slots.Length; index += workers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            slots[index] = PdfPageRead.Read(document, index + 1, fileName);
        }
    }

    /// <summary>Waits for the other workers; their first failure (other than cancellation) is rethrown as it was raised.</summary>
    private static void WaitAll(Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException aggregate)
        {
            var first = aggregate.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? aggregate.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
