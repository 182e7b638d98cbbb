namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>Site content to create on a fresh installation (idempotent by type, slug and language).</summary>
public sealed record Recipe
{
    public string Name { get; init; } = "";

    public List<RecipeItem> Items { get; init; } = [];
}
