using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Answers;

/// <summary>Checks at start that the chat provider is known and has what it needs.</summary>
public sealed class AnswerOptionsValidator : IValidateOptions<AnswerOptions>
{
    public static readonly string[] Providers = ["none", "openai", "ollama"];

    public ValidateOptionsResult Validate(string? name, AnswerOptions options)
    {
        var chat = options.Chat;
        var provider = chat.Provider.ToLowerInvariant();
        var failures = new List<string>();
        if (!Providers.Contains(provider))
        {
            failures.Add($"Answers:Chat:Provider '{chat.Provider}' is not one of {string.Join(", ", Providers)}");
        }

        if (provider is "openai" or "ollama" && string.IsNullOrWhiteSpace(chat.Model))
        {
            failures.Add($"Answers:Chat:Model is required for the {provider} provider");
        }

        if (provider == "ollama" && string.IsNullOrWhiteSpace(chat.Endpoint))
        {
            failures.Add("Answers:Chat:Endpoint is required for the ollama provider (e.g. http://localhost:11434)");
        }

        if (provider == "openai" && string.IsNullOrWhiteSpace(chat.ApiKey) && string.IsNullOrWhiteSpace(chat.Endpoint))
        {
            failures.Add("Answers:Chat:ApiKey (or the Endpoint of a compatible server) is required for the openai provider");
        }

        if (chat.Endpoint is { Length: > 0 } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            failures.Add($"Answers:Chat:Endpoint '{endpoint}' is not an absolute URL");
        }

        if (chat.TimeoutSeconds is < 1 or > 600 || chat.MaxOutputTokens is < 16 or > 16_000 || chat.ContextClauses is < 1 or > 30)
        {
            failures.Add("Answers:Chat:TimeoutSeconds must be 1–600, MaxOutputTokens 16–16000, ContextClauses 1–30");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
