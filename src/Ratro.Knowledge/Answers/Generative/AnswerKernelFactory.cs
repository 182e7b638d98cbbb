using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Ratro.Knowledge.Answers.Plugins;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>A Semantic Kernel for one caller: the answer chat client and the knowledge-base plugin at the caller's access level.</summary>
public sealed class AnswerKernelFactory(KnowledgeBasePluginFactory plugins)
{
    public Kernel Create(IChatClient client, AccessLevel access)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(client);
        builder.Plugins.AddFromObject(plugins.For(access), KnowledgeBasePluginFactory.PluginName);
        return builder.Build();
    }
}
