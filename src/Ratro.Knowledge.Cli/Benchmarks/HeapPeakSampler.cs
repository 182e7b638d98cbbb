namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// The largest managed heap seen while it runs: the heap size polled every few milliseconds and, at each poll,
/// the heap size just before the most recent garbage collection (the peak that collection cut back).
/// </summary>
internal sealed class HeapPeakSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peak;

    public HeapPeakSampler(TimeSpan interval)
    {
        Sample();
        loop = Task.Run(() => RunAsync(interval, stop.Token));
    }

    public long PeakBytes => Interlocked.Read(ref peak);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        Sample();
        stop.Dispose();
    }

    private async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                Sample();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by DisposeAsync: the last sample is taken there.
        }
    }

    private void Sample()
    {
        var info = GC.GetGCMemoryInfo();
        long beforeLastCollection = 0;
        foreach (var generation in info.GenerationInfo)
        {
            beforeLastCollection += generation.SizeBeforeBytes;
        }

        var now = Math.Max(GC.GetTotalMemory(false), beforeLastCollection);
        var seen = Interlocked.Read(ref peak);
        while (now > seen)
        {
            var found = Interlocked.CompareExchange(ref peak, now, seen);
            if (found == seen)
            {
                break;
            }

            seen = found;
        }
    }
}
