using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Web.Data;

namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>
/// Applies a recipe: creates each item whose type, slug and language are not yet taken, publishing it when the
/// recipe says so. Existing items — including ones editors changed or deleted translations of — are left alone.
/// </summary>
public sealed class RecipeRunner(ContentService content, WebDbContext db, ILogger<RecipeRunner> logger)
{
    public const string Author = "recipe";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<Recipe> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<Recipe>(stream, Json, cancellationToken)
                ?? throw new RecipeException($"the recipe '{path}' is empty");
        }
        catch (JsonException e)
        {
            throw new RecipeException($"the recipe '{path}' is not valid: {e.Message}", e);
        }
    }

    public async Task<RecipeResult> ApplyAsync(Recipe recipe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        int created = 0, skipped = 0;
        foreach (var item in recipe.Items)
        {
            if (await db.ContentItems.AnyAsync(i => i.Type == item.Type && i.Slug == item.Slug && i.Culture == item.Culture, cancellationToken))
            {
                skipped++;
                continue;
            }

            var draft = new ContentDraft(item.Title, item.Summary, string.Join('\n', item.Body));
            try
            {
                var stored = await content.CreateAsync(item.Type, item.Slug, item.Culture, draft, Author, cancellationToken);
                if (item.Publish)
                {
                    await content.PublishAsync(stored.Id, null, Author, cancellationToken);
                }
            }
            catch (ContentException e)
            {
                throw new RecipeException($"recipe '{recipe.Name}', item {item.Type} '{item.Slug}' ({item.Culture}): {e.Message}", e);
            }

            created++;
        }

        logger.LogInformation("Recipe {Recipe}: {Created} items created, {Skipped} already present", recipe.Name, created, skipped);
        return new RecipeResult(created, skipped);
    }
}
