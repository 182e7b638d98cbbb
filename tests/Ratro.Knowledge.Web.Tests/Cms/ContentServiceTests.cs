using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Cms;

public sealed class ContentServiceTests
{
    [Fact]
    public async Task Publishing_keeps_one_published_version_and_records_who_and_when()
    {
        await using var site = new SiteFactory();
        var item = await Content.CreateAsync(site, ContentType.News, "n", "ru", "v1");

        var reloaded = await Content.WithServiceAsync(site, async s =>
        {
            await s.SaveDraftAsync(item.Id, new ContentDraft("v2", "кратко", "текст"), "second@ratro.test", SiteClient.Cancel);
            await s.PublishAsync(item.Id, null, "publisher@ratro.test", SiteClient.Cancel);
            return (await s.GetAsync(item.Id, SiteClient.Cancel))!;
        });

        Assert.Equal([VersionState.Published, VersionState.Archived], reloaded.Versions.Select(v => v.State));
        var (current, old) = (reloaded.Versions[0], reloaded.Versions[1]);
        Assert.Equal(current.Id, reloaded.PublishedVersionId);
        Assert.Equal("second@ratro.test", current.Author);
        Assert.Equal("publisher@ratro.test", current.PublishedBy);
        Assert.Equal("publisher@ratro.test", old.ArchivedBy);
        Assert.NotNull(current.PublishedAt);
        Assert.Equal(old.PublishedAt, reloaded.FirstPublishedAt);
    }

    [Fact]
    public async Task Commands_on_missing_or_unpublished_items_fail_with_the_reason()
    {
        await using var site = new SiteFactory();
        var draft = await Content.CreateAsync(site, ContentType.Page, "p", "ru", "Черновик", publish: false);

        var notPublished = await Assert.ThrowsAsync<ContentException>(() =>
            Content.WithServiceAsync(site, async s => { await s.UnpublishAsync(draft.Id, "x", SiteClient.Cancel); return 0; }));
        var missing = await Assert.ThrowsAsync<ContentException>(() =>
            Content.WithServiceAsync(site, s => s.PublishAsync(Guid.NewGuid(), null, "x", SiteClient.Cancel)));
        var foreignVersion = await Assert.ThrowsAsync<ContentException>(() =>
            Content.WithServiceAsync(site, s => s.PublishAsync(draft.Id, Guid.NewGuid(), "x", SiteClient.Cancel)));
        var badSlug = await Assert.ThrowsAsync<ContentException>(() =>
            Content.CreateAsync(site, ContentType.Page, "Не-латиница", "ru", "Заголовок"));
        var badCulture = await Assert.ThrowsAsync<ContentException>(() =>
            Content.CreateAsync(site, ContentType.Page, "ok", "de", "Titel"));

        Assert.Equal(ContentFailure.NotPublished, notPublished.Failure);
        Assert.Equal(ContentFailure.ItemNotFound, missing.Failure);
        Assert.Equal(ContentFailure.VersionNotFound, foreignVersion.Failure);
        Assert.Equal(ContentFailure.InvalidSlug, badSlug.Failure);
        Assert.Equal(ContentFailure.InvalidCulture, badCulture.Failure);
    }

    [Theory]
    [InlineData("about", true)]
    [InlineData("news-2025", true)]
    [InlineData("a", true)]
    [InlineData("About", false)]
    [InlineData("two--hyphens", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("о-нас", false)]
    [InlineData("with space", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void Slugs_are_lower_case_latin_letters_digits_and_single_hyphens(string slug, bool valid)
    {
        Assert.Equal(valid, ContentSlug.IsValid(slug));
    }
}
