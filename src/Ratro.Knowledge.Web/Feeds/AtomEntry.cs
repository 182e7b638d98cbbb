namespace Ratro.Knowledge.Web.Feeds;

/// <summary>One entry of an Atom feed.</summary>
public sealed record AtomEntry(string Id, string Title, string Link, DateTimeOffset Updated, string Summary, string Language);
