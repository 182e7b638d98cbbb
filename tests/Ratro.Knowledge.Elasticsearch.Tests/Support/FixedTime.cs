namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>A clock stopped at one instant, so index names made from it are known in advance.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
