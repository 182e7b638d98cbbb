using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>Names of relation types and origins on the review screen.</summary>
public static class RelationView
{
    public static Text Name(RelationType type) => type switch
    {
        RelationType.Supersedes => DocumentAdminText.RelationSupersedes,
        RelationType.Amends => DocumentAdminText.RelationAmends,
        RelationType.Adopts => DocumentAdminText.RelationAdopts,
        RelationType.CorrespondsTo => DocumentAdminText.RelationCorrespondsTo,
        RelationType.Implements => DocumentAdminText.RelationImplements,
        _ => DocumentAdminText.RelationCites,
    };

    public static Text Name(RelationOrigin origin) => origin switch
    {
        RelationOrigin.Preface => DocumentAdminText.OriginPreface,
        RelationOrigin.Metadata => DocumentAdminText.OriginMetadata,
        RelationOrigin.Editor => DocumentAdminText.OriginEditor,
        _ => DocumentAdminText.OriginText,
    };
}
