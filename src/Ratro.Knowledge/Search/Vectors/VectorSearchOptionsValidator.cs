using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>Checks the vector search options at start.</summary>
public sealed class VectorSearchOptionsValidator : IValidateOptions<VectorSearchOptions>
{
    public ValidateOptionsResult Validate(string? name, VectorSearchOptions options)
    {
        var failures = new List<string>();
        if (options.M is < 4 or > 64)
        {
            failures.Add("Search:Vectors:M must be 4–64");
        }

        if (options.EfConstruction < options.M || options.EfConstruction > 2000)
        {
            failures.Add("Search:Vectors:EfConstruction must be at least M and at most 2000");
        }

        if (options.EfSearch is < 1 or > 10_000)
        {
            failures.Add("Search:Vectors:EfSearch must be 1–10000");
        }

        if (options.ExactBelow < 0 || options.BuildThreads is < 0 or > 256)
        {
            failures.Add("Search:Vectors:ExactBelow must not be negative, BuildThreads 0–256");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
