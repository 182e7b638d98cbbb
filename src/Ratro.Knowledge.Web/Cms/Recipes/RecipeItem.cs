namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>One page or news item of a recipe; <see cref="Body"/> is Markdown, one array element per line.</summary>
public sealed record RecipeItem
{
    public ContentType Type { get; init; }

    public string Slug { get; init; } = "";

    public string Culture { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    public List<string> Body { get; init; } = [];

    /// <summary>Publish right away (the default) or leave as a draft for an editor.</summary>
    public bool Publish { get; init; } = true;
}
