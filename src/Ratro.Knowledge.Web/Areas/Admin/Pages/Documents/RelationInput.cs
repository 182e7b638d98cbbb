using System.ComponentModel.DataAnnotations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>The review screen's form for adding a relation.</summary>
public sealed class RelationInput
{
    [Display(Name = "DocumentAdminText.RelationType")]
    public RelationType Type { get; set; }

    [Required(ErrorMessage = ValidationText.RequiredKey)]
    [StringLength(300, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentAdminText.RelationTarget")]
    public string Target { get; set; } = "";

    [StringLength(100, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentAdminText.RelationSourceClause")]
    public string? SourceClause { get; set; }

    [StringLength(100, ErrorMessage = ValidationText.MaxLengthKey)]
    [Display(Name = "DocumentAdminText.RelationTargetClause")]
    public string? TargetClause { get; set; }

    public RelationEdit ToEdit() => new(Type, Target, SourceClause, TargetClause);
}
