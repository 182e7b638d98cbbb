namespace Ratro.Knowledge.Search.Vectors;

/// <summary>Which rows a search may return: live rows of accepted editions. <see cref="Passing"/> counts them.</summary>
internal sealed class RowFilter(bool[] accepted, int passing, long[] editionKeys, int[] ordinals)
{
    public int Passing => passing;

    public bool Passes(int row) => editionKeys[row] != 0 && accepted[ordinals[row]];
}
