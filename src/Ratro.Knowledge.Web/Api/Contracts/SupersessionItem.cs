namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>The supersession chain: what the document replaced and what replaced it (nearest first), and the document in force in its place.</summary>
public sealed record SupersessionItem(IReadOnlyList<SupersessionStepItem> Supersedes, IReadOnlyList<SupersessionStepItem> SupersededBy, ReferenceEndItem? Current);
