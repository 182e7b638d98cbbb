using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Api;

namespace Ratro.Knowledge.Web.Tests.Api;

public sealed class ApiKeyOptionsTests
{
    private static readonly string Hash = new('a', 64);

    [Theory]
    [InlineData("tool", "Member", true, "")]
    [InlineData("tool", "Editor", true, "")]
    [InlineData("tool", "Admin", false, "Role must be Member or Editor")]
    [InlineData("", "Member", false, "Name is empty")]
    [InlineData("tool", "member", false, "Role must be")]
    public void Keys_need_a_name_a_hash_and_a_reading_role(string name, string role, bool valid, string problem)
    {
        var options = new ApiKeyOptions { Keys = [new ApiKeyEntry { Name = name, Sha256 = Hash, Role = role }] };

        var result = options.Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        Assert.Contains(problem, result.FailureMessage ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCDEF")]
    [InlineData("the key itself")]
    public void The_configuration_holds_the_keys_hash_not_the_key(string sha)
    {
        var options = new ApiKeyOptions { Keys = [new ApiKeyEntry { Name = "tool", Sha256 = sha, Role = "Member" }] };

        Assert.Contains("64 lower-case hex", options.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_twice_is_refused()
    {
        var options = new ApiKeyOptions
        {
            Keys = [new ApiKeyEntry { Name = "a", Sha256 = Hash, Role = "Member" }, new ApiKeyEntry { Name = "b", Sha256 = Hash, Role = "Editor" }],
        };

        Assert.Equal(ValidateOptionsResult.Fail("Api:Keys has the same key twice").FailureMessage, options.Validate(null, options).FailureMessage);
    }
}
