namespace Ratro.Knowledge.Search.Designations;

/// <summary>A normalized designation token and where it stands in the text it came from.</summary>
public readonly record struct DesignationToken(string Value, int Start, int Length)
{
    public int End => Start + Length;
}
