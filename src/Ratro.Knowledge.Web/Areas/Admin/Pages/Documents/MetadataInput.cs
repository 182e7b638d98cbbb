using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>The review screen's record form; <see cref="MetadataRules"/> checks the values when they are saved.</summary>
public sealed class MetadataInput
{
    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [StringLength(MetadataRules.MaxDesignationLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Designation")]
    public string Designation { get; set; } = "";

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [StringLength(MetadataRules.MaxDesignationLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Canonical")]
    public string Canonical { get; set; } = "";

    [StringLength(MetadataRules.MaxTitleLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.TitleRu")]
    public string? TitleRu { get; set; }

    [StringLength(MetadataRules.MaxTitleLength, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.TitleEn")]
    public string? TitleEn { get; set; }

    [Display(Name = "DocumentText.Type")]
    public DocumentType Type { get; set; }

    [StringLength(300, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Issuer")]
    public string? Issuer { get; set; }

    [StringLength(8, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Jurisdiction")]
    public string? Jurisdiction { get; set; }

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [StringLength(2, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Language")]
    public string Language { get; set; } = "ru";

    [Display(Name = "DocumentText.Status")]
    public DocumentStatus Status { get; set; }

    [StringLength(10, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentAdminText.StatusVerifiedLabel")]
    public string? StatusVerified { get; set; }

    [StringLength(2000, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentAdminText.StatusNote")]
    public string? StatusNote { get; set; }

    [Display(Name = "DocumentText.Approved")]
    public DateOnly? ApprovedOn { get; set; }

    [Display(Name = "DocumentText.Effective")]
    public DateOnly? EffectiveOn { get; set; }

    [Display(Name = "DocumentText.Withdrawn")]
    public DateOnly? WithdrawnOn { get; set; }

    [StringLength(500, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Ics")]
    public string? Ics { get; set; }

    [Display(Name = "DocumentText.Access")]
    public AccessLevel Access { get; set; }

    [StringLength(200, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentText.Edition")]
    public string? Edition { get; set; }

    [Display(Name = "DocumentAdminText.EditionDate")]
    public DateOnly? EditionDate { get; set; }

    public static MetadataInput From(NormativeDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new MetadataInput
        {
            Designation = d.Designation, Canonical = d.Canonical, TitleRu = d.TitleRu, TitleEn = d.TitleEn, Type = d.Type,
            Issuer = d.Issuer, Jurisdiction = d.Jurisdiction, Language = d.Language, Status = d.Status, StatusVerified = d.StatusVerified,
            StatusNote = d.StatusNote, ApprovedOn = d.ApprovedOn, EffectiveOn = d.EffectiveOn, WithdrawnOn = d.WithdrawnOn,
            Ics = string.Join(", ", d.IcsCodes), Access = d.Access, Edition = d.Edition, EditionDate = d.EditionDate,
        };
    }

    public MetadataEdit ToEdit() => new()
    {
        Designation = Designation, Canonical = Canonical, TitleRu = TitleRu, TitleEn = TitleEn, Type = Type, Issuer = Issuer,
        Jurisdiction = Jurisdiction, Language = Language, Status = Status, StatusVerified = StatusVerified, StatusNote = StatusNote,
        ApprovedOn = ApprovedOn, EffectiveOn = EffectiveOn, WithdrawnOn = WithdrawnOn,
        IcsCodes = (Ics ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Access = Access, Edition = Edition, EditionDate = EditionDate,
    };
}
