using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Cms.Recipes;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Cms;

public sealed class RecipeTests
{
    private static readonly Dictionary<string, string?> WithRecipe = new() { ["Cms:ApplyRecipe"] = "true" };

    private static string ShippedRecipe => Path.Combine(AppContext.BaseDirectory, "corpus", "site", "recipe.json");

    [Fact]
    public async Task The_shipped_recipe_has_the_about_page_and_news_in_both_languages()
    {
        var recipe = await RecipeRunner.ReadAsync(ShippedRecipe, SiteClient.Cancel);

        var pairs = recipe.Items.GroupBy(i => (i.Type, i.Slug)).ToList();
        Assert.All(pairs, p => Assert.Equal(["en", "ru"], p.Select(i => i.Culture).Order()));
        Assert.Contains(pairs, p => p.Key == (ContentType.Page, "about"));
        Assert.InRange(pairs.Count(p => p.Key.Type == ContentType.News), 2, 3);
        Assert.All(recipe.Items, i =>
        {
            Assert.True(ContentSlug.IsValid(i.Slug), i.Slug);
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.NotEmpty(i.Body);
        });
    }

    [Fact]
    public async Task First_start_publishes_the_recipe_and_the_site_shows_it()
    {
        await using var site = new SiteFactory(WithRecipe);
        var client = site.CreateClient();

        Assert.Equal("О базе знаний", Html.Text(await Html.GetAsync(client, "/pages/about"), "main h1"));
        Assert.Equal("About the knowledge base", Html.Text(await Html.GetAsync(client, "/pages/about?culture=en"), "main h1"));
        var recipe = await RecipeRunner.ReadAsync(ShippedRecipe, SiteClient.Cancel);
        var newsCount = recipe.Items.Count(i => i.Type == ContentType.News && i.Culture == "en");
        Assert.Equal(newsCount, (await Html.GetAsync(client, "/news?culture=en")).QuerySelectorAll("ul.news-list li").Length);
    }

    [Fact]
    public async Task Applying_the_recipe_again_or_restarting_creates_nothing_and_keeps_editors_changes()
    {
        using var data = new TempDirectory();
        var recipe = await RecipeRunner.ReadAsync(ShippedRecipe, SiteClient.Cancel);
        await using (var first = new SiteFactory(WithRecipe, data.Path))
        {
            var about = (await Content.WithServiceAsync(first, s => s.ListAsync(SiteClient.Cancel))).Single(i => i.Slug == "about" && i.Culture == "ru");
            await Content.WithServiceAsync(first, async s =>
            {
                await s.SaveDraftAsync(about.Id, new ContentDraft("Изменено редактором", null, "Новый текст."), "editor", SiteClient.Cancel);
                return await s.PublishAsync(about.Id, null, "editor", SiteClient.Cancel);
            });

            await using var scope = first.Services.CreateAsyncScope();
            var again = await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ApplyAsync(recipe, SiteClient.Cancel);
            Assert.Equal(new RecipeResult(0, recipe.Items.Count), again);
        }

        await using var restarted = new SiteFactory(WithRecipe, data.Path);
        var items = await Content.WithServiceAsync(restarted, s => s.ListAsync(SiteClient.Cancel));
        Assert.Equal(recipe.Items.Count, items.Count);
        Assert.Equal("Изменено редактором", Html.Text(await Html.GetAsync(restarted.CreateClient(), "/pages/about"), "main h1"));
    }

    [Fact]
    public async Task A_recipe_item_marked_unpublished_stays_a_draft()
    {
        using var files = new TempDirectory();
        var path = files.Write("recipe.json", """
            { "name": "test", "items": [
              { "type": "page", "slug": "later", "culture": "ru", "title": "Позже", "body": ["Текст."], "publish": false },
              { "type": "news", "slug": "now", "culture": "en", "title": "Now", "body": ["Line one", "", "Line two"] }
            ] }
            """);
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Cms:ApplyRecipe"] = "true", ["Cms:RecipePath"] = path });
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pages/later", SiteClient.Cancel)).StatusCode);
        var now = await Html.GetAsync(client, "/news/now?culture=en");
        Assert.Equal(["Line one", "Line two"], now.QuerySelectorAll("main .prose p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task A_broken_recipe_stops_the_start_with_the_reason()
    {
        using var files = new TempDirectory();
        var path = files.Write("recipe.json", """{ "name": "bad", "items": [ { "type": "page", "slug": "Not Valid", "culture": "ru", "title": "x", "body": [] } ] }""");
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Cms:ApplyRecipe"] = "true", ["Cms:RecipePath"] = path });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var chain = new List<Exception>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        Assert.Contains(chain, e => e is RecipeException && e.Message.Contains("'Not Valid'", StringComparison.Ordinal));
    }
}
