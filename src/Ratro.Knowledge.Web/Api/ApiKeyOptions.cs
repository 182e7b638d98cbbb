using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Api;

/// <summary>Section "Api": the keys that unlock members' (or editors') reading through the JSON API.</summary>
public sealed partial class ApiKeyOptions : IValidateOptions<ApiKeyOptions>
{
    public const string Section = "Api";

    public List<ApiKeyEntry> Keys { get; set; } = [];

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"Api:Keys:{i}:Name is empty");
            }

            if (!Sha256Hex().IsMatch(key.Sha256 ?? ""))
            {
                problems.Add($"Api:Keys:{i}:Sha256 must be 64 lower-case hex characters (the SHA-256 of the key)");
            }

            if (key.Role is not (Roles.Member or Roles.Editor))
            {
                problems.Add($"Api:Keys:{i}:Role must be {Roles.Member} or {Roles.Editor}, not '{key.Role}'");
            }
        }

        if (options.Keys.GroupBy(k => k.Sha256, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            problems.Add("Api:Keys has the same key twice");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
