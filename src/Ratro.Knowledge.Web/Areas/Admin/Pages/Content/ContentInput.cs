using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>The text fields of the create and edit forms.</summary>
public class ContentInput
{
    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [StringLength(ContentLimits.TitleLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "AdminText.TitleField")]
    public string Title { get; set; } = "";

    [StringLength(ContentLimits.SummaryLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "AdminText.Summary")]
    public string? Summary { get; set; }

    [StringLength(ContentLimits.BodyLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "AdminText.Body")]
    public string? Body { get; set; }

    public ContentDraft ToDraft() => new(Title, Summary, Body ?? "");
}
