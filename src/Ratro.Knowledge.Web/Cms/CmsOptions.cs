using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Web.Cms;

/// <summary>Site content settings (section "Cms").</summary>
public sealed class CmsOptions
{
    public const string Section = "Cms";

    /// <summary>The recipe applied at start-up; a relative path is taken from the application folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RecipePath { get; set; } = "corpus/site/recipe.json";

    /// <summary>Whether start-up applies the recipe (items already present are left alone).</summary>
    public bool ApplyRecipe { get; set; } = true;

    [Range(1, 200)]
    public int NewsPageSize { get; set; } = 20;

    /// <summary>News items on the home page.</summary>
    [Range(1, 20)]
    public int HomeNewsCount { get; set; } = 3;
}
