using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>The new-user form.</summary>
public sealed class CreateUserInput
{
    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [EmailAddress(ErrorMessage = ValidationText.EmailKey)]
    [Display(Name = "AccountText.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [DataType(DataType.Password)]
    [Display(Name = "AccountText.Password")]
    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
