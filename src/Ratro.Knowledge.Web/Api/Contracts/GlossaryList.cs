namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A page of glossary terms.</summary>
public sealed record GlossaryList(int Total, int Offset, int Limit, IReadOnlyList<GlossaryItem> Items);
