namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>What the live index was built with, as its mappings' <c>_meta</c> records, and what is wrong with it.</summary>
public sealed record IndexState(string Morphology, int VectorDimensions, bool VectorsUsable, IReadOnlyList<string> Warnings);
