namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// The graph file (<c>vectors.hnsw</c>), little-endian: magic <c>RHNS</c>, version, dimensions, M, seed, rows covered,
/// entry node, top level, fingerprint of the covered rows; then each covered row's level (one byte, −1 = left out);
/// then, for each node and each of its layers from the bottom, the link count and the links; then a checksum of all
/// of it and an end mark. Written to a temporary file, flushed to disk and renamed over the old one, so a crash leaves
/// either the old graph or the new one. Reading checks everything it can and throws <see cref="HnswFileException"/>.
/// </summary>
internal static class HnswFile
{
    public const int Magic = 0x534E4852; // "RHNS"
    public const int Version = 1;
    public const int EndMark = 0x444E4552; // "REND"

    public static void Write(string path, HnswGraph graph, int dimensions, ulong fingerprint)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var writer = new HnswFileWriter(stream);
            writer.Header(dimensions, graph, fingerprint);
            for (var node = 0; node < graph.Covered; node++)
            {
                writer.Byte((sbyte)graph.Level(node));
            }

            for (var node = 0; node < graph.Covered; node++)
            {
                for (var level = 0; level <= graph.Level(node); level++)
                {
                    writer.Links(graph.Links(node, level));
                }
            }

            writer.End();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static HnswGraph Read(string path, VectorRows rows, HnswParameters parameters)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var reader = new HnswFileReader(stream);
        var graph = reader.Header(rows, parameters);
        var levels = new sbyte[graph.Covered];
        for (var node = 0; node < levels.Length; node++)
        {
            levels[node] = reader.Level();
            if (levels[node] >= 0)
            {
                graph.Add(node, levels[node]);
            }
        }

        if (graph.Entry >= 0 && levels[graph.Entry] != graph.TopLevel)
        {
            throw new HnswFileException("the graph file's entry node is not on its top level");
        }

        Span<int> links = stackalloc int[parameters.BottomLinks];
        for (var node = 0; node < levels.Length; node++)
        {
            for (var level = 0; level <= levels[node]; level++)
            {
                var count = reader.Links(links[..parameters.MaxLinks(level)]);
                foreach (var link in links[..count])
                {
                    if (link < 0 || link >= levels.Length || levels[link] < level)
                    {
                        throw new HnswFileException($"the graph file links node {node} to {link}, which is not on layer {level}");
                    }
                }

                graph.SetLinks(node, level, links[..count]);
            }
        }

        reader.End();
        return graph;
    }
}
