using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages;

/// <summary>Display names of content types and version states.</summary>
public static class ContentStateView
{
    public static Text Name(ContentType type) => type == ContentType.News ? AdminText.TypeNews : AdminText.TypePage;

    public static Text Name(VersionState state) => state switch
    {
        VersionState.Published => AdminText.StatePublished,
        VersionState.Archived => AdminText.StateArchived,
        _ => AdminText.StateDraft,
    };

    public static string PublicUrl(ContentItem item) =>
        item.Type == ContentType.News ? $"/news/{item.Slug}?culture={item.Culture}" : $"/pages/{item.Slug}?culture={item.Culture}";

    public static string When(DateTimeOffset? moment) =>
        moment?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
