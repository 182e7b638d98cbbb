using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Cms.Recipes;

/// <summary>Applies the configured site recipe at start-up (<see cref="CmsOptions.RecipePath"/>).</summary>
public sealed class RecipeSeeder(RecipeRunner runner, IOptions<CmsOptions> options, ILogger<RecipeSeeder> logger) : IStartupSeeder
{
    public string Name => "site-recipe";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ApplyRecipe)
        {
            return;
        }

        var path = Path.GetFullPath(options.Value.RecipePath, AppContext.BaseDirectory);
        if (!File.Exists(path))
        {
            logger.LogWarning("The site recipe {RecipePath} does not exist; no site content was seeded", path);
            return;
        }

        var recipe = await RecipeRunner.ReadAsync(path, cancellationToken);
        await runner.ApplyAsync(recipe, cancellationToken);
    }
}
