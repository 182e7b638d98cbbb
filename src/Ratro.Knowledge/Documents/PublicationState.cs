namespace Ratro.Knowledge.Documents;

/// <summary>Editorial state. Drafts are visible to editors only; the CLI and seeding publish directly.</summary>
public enum PublicationState
{
    Published = 0,
    Draft = 1,
}
