namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>What applying a recipe did: items created, and items left alone because they existed.</summary>
public sealed record RecipeResult(int Created, int Skipped);
