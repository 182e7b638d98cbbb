using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The life of a store's graph: loaded (and extended) or rebuilt when the store opens, built once the store is big
/// enough, extended at each commit, rebuilt without tombstones once more than half its nodes are removed, and saved
/// when it has grown by a sixteenth since the last save or when the store closes. The store's lock guards it.
/// </summary>
internal sealed class StoreGraph(VectorRows rows, VectorSearchOptions options, string? path)
{
    private const int SaveAfterGrowth = 16;
    private string state = "none";
    private string? problem;
    private int unsaved;

    public HnswIndex? Index { get; private set; }

    public VectorGraphStatus Status => new(state, Index?.Nodes ?? 0, problem);

    /// <summary>Reads the graph file: keeps it (linking rows added since it was saved), or rebuilds it when it cannot be used.</summary>
    public void Open()
    {
        var (loaded, reason) = path is null ? (null, "no graph file") : HnswIndex.Load(path, rows, options.Graph);
        if (loaded is not null)
        {
            Index = loaded;
            unsaved = rows.Count - loaded.Covered;
            loaded.Extend(options.Threads);
            state = unsaved > 0 ? "extended" : "loaded";
        }
        else if (rows.Live > 0 && (rows.Live >= options.ExactBelow || File.Exists(path)))
        {
            Rebuild(reason!);
        }

        SaveIfChanged();
    }

    /// <summary>At a commit: builds the graph once the store is big enough, else links the rows added since.</summary>
    public void Update()
    {
        if (Index is null)
        {
            if (rows.Live > 0 && rows.Live >= options.ExactBelow)
            {
                Index = HnswIndex.Build(rows, options.Graph, options.Threads);
                (state, problem, unsaved) = ("built", null, Math.Max(1, Index.Nodes));
            }
        }
        else if (Index.Tombstones() is var tombstones && tombstones * 2 > Index.Nodes && rows.Live >= options.ExactBelow)
        {
            Rebuild($"{tombstones} of {Index.Nodes} nodes were removed");
        }
        else
        {
            unsaved += rows.Count - Index.Covered;
            Index.Extend(options.Threads);
        }

        if ((long)unsaved * SaveAfterGrowth >= Index?.Nodes)
        {
            SaveIfChanged();
        }
    }

    public void SaveIfChanged()
    {
        if (Index is not null && unsaved > 0 && path is not null)
        {
            Index.Save(path);
        }

        unsaved = 0;
    }

    private void Rebuild(string reason)
    {
        Index = HnswIndex.Build(rows, options.Graph, options.Threads);
        (state, problem, unsaved) = ("rebuilt", reason, Math.Max(1, Index.Nodes));
    }
}
