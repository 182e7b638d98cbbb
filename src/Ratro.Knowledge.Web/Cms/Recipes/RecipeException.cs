namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>A recipe file that cannot be read or holds an invalid item.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
