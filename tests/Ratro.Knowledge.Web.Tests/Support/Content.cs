using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Creates site content through the content service, as an editor would.</summary>
public static class Content
{
    public static async Task<ContentItem> CreateAsync(
        SiteFactory site, ContentType type, string slug, string culture, string title, string body = "Text.", bool publish = true)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var cancel = TestContext.Current.CancellationToken;
        var item = await content.CreateAsync(type, slug, culture, new ContentDraft(title, null, body), "editor@ratro.test", cancel);
        if (publish)
        {
            await content.PublishAsync(item.Id, null, "editor@ratro.test", cancel);
        }

        return item;
    }

    public static async Task<T> WithServiceAsync<T>(SiteFactory site, Func<ContentService, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ContentService>());
    }
}
