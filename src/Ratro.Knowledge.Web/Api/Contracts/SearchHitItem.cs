namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A matched document with its score and best clauses.</summary>
public sealed record SearchHitItem(DocumentSummary Document, double Score, bool DesignationMatched, IReadOnlyList<ClauseHitItem> Clauses);
