namespace Ratro.Knowledge.Storage;

/// <summary>The identifying fields of a stored edition, for locating documents by what a person types.</summary>
public sealed record DocumentKey(Guid Id, bool IsCurrentEdition, string Canonical, string Designation, string Slug, IReadOnlyList<string> Aliases);
