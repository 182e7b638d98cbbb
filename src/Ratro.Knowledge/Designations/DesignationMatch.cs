namespace Ratro.Knowledge.Designations;

/// <summary>A designation found in a text, with its span (offsets into the text as given).</summary>
public sealed record DesignationMatch(int Start, int Length, Designation Designation)
{
    public int End => Start + Length;
}
