using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>Creates the knowledge-base plugin for one caller's access level.</summary>
public sealed class KnowledgeBasePluginFactory(
    ISearchIndex index, DocumentStore store, KnowledgeSnapshotProvider snapshots, IDocumentStatusDescriber statuses)
{
    public const string PluginName = "knowledge_base";

    public KnowledgeBasePlugin For(AccessLevel access) => new(access, index, store, snapshots, statuses);
}
