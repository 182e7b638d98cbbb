using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages.Account;

/// <summary>The sign-in form.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [EmailAddress(ErrorMessage = ValidationText.EmailKey)]
    [Display(Name = "AccountText.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [DataType(DataType.Password)]
    [Display(Name = "AccountText.Password")]
    public string Password { get; set; } = "";

    [Display(Name = "AccountText.RememberMe")]
    public bool RememberMe { get; set; }
}
