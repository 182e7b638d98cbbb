using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>The upload form: the file and an optional access level that overrides the file's own.</summary>
public sealed class UploadInput
{
    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [Display(Name = "DocumentAdminText.File")]
    public IFormFile? File { get; set; }

    [Display(Name = "DocumentAdminText.AccessOverride")]
    public AccessLevel? Access { get; set; }
}
