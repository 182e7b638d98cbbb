namespace Ratro.Knowledge.References;

/// <summary>How fast the extractor ran: text volume (UTF-8 bytes and characters), references found, time taken.</summary>
public sealed record ThroughputResult(int Texts, long Bytes, long Characters, int References, TimeSpan Elapsed)
{
    /// <summary>Megabytes (10^6 bytes of UTF-8) per second.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds <= 0 ? double.PositiveInfinity : Bytes / 1e6 / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Texts} texts, {Bytes / 1e6:0.00} MB ({Characters} chars), {References} references in {Elapsed.TotalMilliseconds:0} ms: {MegabytesPerSecond:0.0} MB/s";
}
