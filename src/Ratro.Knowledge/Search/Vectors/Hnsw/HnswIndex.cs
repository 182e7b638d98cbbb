using System.Collections.Concurrent;

namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// An HNSW graph (Malkov &amp; Yashunin) over a store's int8 rows: built or extended in batches, searched with a row
/// filter applied during the walk, saved to and loaded from a versioned file. Removed rows stay in the graph as
/// tombstones that guide the walk but are never returned; building anew leaves them out. Searches may run together;
/// building must not overlap a search (the store's lock sees to that).
/// </summary>
internal sealed class HnswIndex
{
    private readonly ConcurrentBag<HnswScratch> scratches = [];
    private readonly HnswGraph graph;
    private readonly VectorRows rows;

    private HnswIndex(HnswGraph graph, VectorRows rows)
    {
        this.graph = graph;
        this.rows = rows;
    }

    public HnswParameters Parameters => graph.Parameters;

    /// <summary>Rows 0 … Covered − 1 are in the graph (or were removed before they got there).</summary>
    public int Covered => graph.Covered;

    public int Nodes => graph.Nodes;

    public long MemoryBytes => graph.MemoryBytes;

    internal HnswGraph Graph => graph;

    public static HnswIndex Build(VectorRows rows, HnswParameters parameters, int threads)
    {
        var index = new HnswIndex(new HnswGraph(parameters, rows.Count), rows);
        index.Extend(threads);
        return index;
    }

    public static HnswIndex Wrap(HnswGraph graph, VectorRows rows) => new(graph, rows);

    /// <summary>Links the rows added since the last build or extension.</summary>
    public void Extend(int threads) => HnswBuilder.Extend(graph, rows, threads);

    /// <summary>Graph nodes whose rows have been removed since they were linked.</summary>
    public int Tombstones()
    {
        var count = 0;
        for (var row = 0; row < graph.Covered; row++)
        {
            if (graph.Level(row) >= 0 && !rows.IsLive(row))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The <paramref name="k"/> rows most similar to the query among those <paramref name="accept"/> allows, most
    /// similar first, with their similarity (query scale left out). <paramref name="ef"/> below k is raised to k.
    /// </summary>
    public List<(int Row, float Score)> Search(ReadOnlySpan<sbyte> query, int k, int ef, Func<int, bool> accept)
    {
        var found = new List<(int Row, float Score)>(k);
        if (graph.Entry < 0 || k <= 0)
        {
            return found;
        }

        var scratch = scratches.TryTake(out var reused) ? reused : new HnswScratch(graph.Parameters.BottomLinks);
        try
        {
            var entry = (graph.Entry, rows.Similarity(query, 1, graph.Entry));
            var start = HnswWalk.Descend(graph, rows, query, 1, entry, graph.TopLevel, 0, scratch, locked: false);
            scratch.Found.Clear();
            scratch.Found.Add(start);
            HnswWalk.SearchLayer(graph, rows, query, 1, Math.Max(ef, k), 0, row => rows.IsLive(row) && accept(row), scratch, locked: false);
            scratch.DrainResults();
            found.AddRange(scratch.Found.Take(k));
            return found;
        }
        finally
        {
            scratches.Add(scratch);
        }
    }

    public void Save(string path) => HnswFile.Write(path, graph, rows.Dimensions, rows.Fingerprint(graph.Covered));

    /// <summary>Reads the graph file; a problem (missing, truncated, damaged, built on other rows or with another M) is returned, not thrown.</summary>
    public static (HnswIndex? Index, string? Problem) Load(string path, VectorRows rows, HnswParameters parameters)
    {
        if (!File.Exists(path))
        {
            return (null, "no graph file");
        }

        try
        {
            var graph = HnswFile.Read(path, rows, parameters);
            return (new HnswIndex(graph, rows), null);
        }
        catch (HnswFileException e)
        {
            return (null, e.Message);
        }
        catch (EndOfStreamException)
        {
            return (null, "the graph file is cut short");
        }
    }
}
