namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>A kind of table a synthetic document may carry: caption, header row and a generator of body rows.</summary>
internal sealed record SyntheticTable(string Caption, IReadOnlyList<string> Header, Func<SyntheticRandom, IReadOnlyList<string>> Row);
