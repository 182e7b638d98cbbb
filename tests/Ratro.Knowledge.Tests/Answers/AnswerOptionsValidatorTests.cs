using Ratro.Knowledge.Answers;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>Chat settings are checked at start.</summary>
public sealed class AnswerOptionsValidatorTests
{
    [Theory]
    [InlineData("none", null, null, null, true, "")]
    [InlineData("gpt", null, null, null, false, "is not one of")]
    [InlineData("openai", null, null, "key", false, "Model is required")]
    [InlineData("openai", "gpt-4o-mini", null, null, false, "ApiKey")]
    [InlineData("openai", "local", "http://localhost:8000/v1", null, true, "")]
    [InlineData("ollama", "qwen2.5", null, null, false, "Endpoint is required")]
    [InlineData("ollama", "qwen2.5", "not a url", null, false, "not an absolute URL")]
    [InlineData("ollama", "qwen2.5", "http://localhost:11434", null, true, "")]
    public void Chat_settings_are_validated(string provider, string? model, string? endpoint, string? key, bool valid, string failure)
    {
        var options = new AnswerOptions { Chat = new AnswerChatOptions { Provider = provider, Model = model, Endpoint = endpoint, ApiKey = key } };

        var result = new AnswerOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains(failure, result.FailureMessage);
        }
    }

    [Theory]
    [InlineData("none", false)]
    [InlineData("openai", true)]
    [InlineData("ollama", true)]
    public void The_provider_decides_whether_there_is_a_chat_client(string provider, bool client)
    {
        using var created = Ratro.Knowledge.Answers.Generative.ChatClientFactory.Create(
            new AnswerChatOptions { Provider = provider, Model = "m", Endpoint = "http://127.0.0.1:9/v1" });

        Assert.Equal(client, created is not null);
    }
}
