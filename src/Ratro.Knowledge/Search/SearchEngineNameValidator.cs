using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Search;

/// <summary>Fails start-up when <c>Search:Engine</c> names no registered engine.</summary>
public sealed class SearchEngineNameValidator(IEnumerable<ISearchEngineFactory> factories) : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        var names = factories.Select(f => f.Name).ToList();
        return names.Contains(options.Engine, StringComparer.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Search:Engine '{options.Engine}' is not one of the registered engines: {string.Join(", ", names)}");
    }
}
