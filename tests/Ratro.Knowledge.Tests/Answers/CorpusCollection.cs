namespace Ratro.Knowledge.Tests.Answers;

/// <summary>Test classes that read the seeded corpus; it is seeded once for all of them and never written afterwards.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<SeededCorpus>
{
    public const string Name = "Seeded corpus";
}
