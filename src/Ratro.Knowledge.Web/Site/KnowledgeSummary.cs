using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Site;

/// <summary>What the knowledge base holds, as a visitor may see it: counts by kind and the newest documents.</summary>
public sealed record KnowledgeSummary(int Total, IReadOnlyList<(DocumentType Type, int Count)> ByType, IReadOnlyList<NormativeDocument> Recent);
