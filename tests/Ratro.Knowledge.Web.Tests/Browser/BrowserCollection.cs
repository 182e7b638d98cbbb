namespace Ratro.Knowledge.Web.Tests.Browser;

/// <summary>Browser test classes share one site and one Chromium; add [Collection(BrowserCollection.Name)] to join.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
