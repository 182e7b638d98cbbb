using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>The create form: what the item is, then its first text.</summary>
public sealed class CreateInput : ContentInput
{
    [Display(Name = "AdminText.Type")]
    public ContentType Type { get; set; }

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [RegularExpression(ContentSlug.Pattern, ErrorMessage = ValidationText.SlugKey)]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "AdminText.Slug")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [RegularExpression("^(ru|en)$", ErrorMessage = ValidationText.RequiredKey)]
    [Display(Name = "AdminText.Language")]
    public string Culture { get; set; } = Cultures.Russian;
}
