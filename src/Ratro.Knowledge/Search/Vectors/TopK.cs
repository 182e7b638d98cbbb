namespace Ratro.Knowledge.Search.Vectors;

/// <summary>The k best (row, score) pairs seen so far, the worst of them on top of a heap.</summary>
internal sealed class TopK(int k)
{
    private readonly PriorityQueue<int, float> queue = new();

    public IEnumerable<(int Row, float Score)> Items => queue.UnorderedItems.Select(i => (i.Element, i.Priority));

    public bool Accepts(float score) => queue.Count < k || (queue.TryPeek(out _, out var lowest) && score > lowest);

    public void Add(float score, int row)
    {
        if (queue.Count < k)
        {
            queue.Enqueue(row, score);
        }
        else
        {
            queue.EnqueueDequeue(row, score);
        }
    }
}
