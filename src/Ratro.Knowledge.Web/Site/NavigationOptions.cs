using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Site;

/// <summary>
/// The main navigation, in order. Later features add or replace entries with
/// <c>services.Configure&lt;NavigationOptions&gt;(o =&gt; o.Items.Add(...))</c>.
/// </summary>
public sealed class NavigationOptions
{
    public List<NavItem> Items { get; } =
    [
        new("home", SiteText.NavHome, "/"),
        new("documents", SiteText.NavDocuments, "/documents"),
        new("search", SiteText.NavSearch, "/search"),
        new("ask", SiteText.NavAsk, "/ask"),
        new("glossary", SiteText.NavGlossary, "/glossary"),
        new("news", SiteText.NavNews, "/news"),
        new("about", SiteText.NavAbout, "/pages/about"),
        new("admin", SiteText.NavAdmin, "/admin", Policies.Editor),
    ];
}
