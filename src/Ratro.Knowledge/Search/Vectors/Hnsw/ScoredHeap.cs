namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// A binary heap of (node, similarity) with either the most similar (<c>bestFirst</c>) or the least similar node on
/// top: the candidate queue and the bounded result set of a layer search. Reused between searches, never shrunk.
/// </summary>
internal sealed class ScoredHeap(bool bestFirst)
{
    private (float Key, int Node)[] items = new (float, int)[64];

    public int Count { get; private set; }

    /// <summary>Similarity of the node on top.</summary>
    public float TopScore => Score(items[0].Key);

    public int TopNode => items[0].Node;

    public void Clear() => Count = 0;

    public void Push(int node, float score)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Count * 2);
        }

        var key = bestFirst ? -score : score;
        var at = Count++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (items[parent].Key <= key)
            {
                break;
            }

            items[at] = items[parent];
            at = parent;
        }

        items[at] = (key, node);
    }

    public (int Node, float Score) Pop()
    {
        var top = items[0];
        var last = items[--Count];
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && items[child + 1].Key < items[child].Key)
            {
                child++;
            }

            if (last.Key <= items[child].Key)
            {
                break;
            }

            items[at] = items[child];
            at = child;
        }

        if (Count > 0)
        {
            items[at] = last;
        }

        return (top.Node, Score(top.Key));
    }

    private float Score(float key) => bestFirst ? -key : key;
}
