using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References;

/// <summary>A preface being read: the text as printed, its folded copy, and the designations in it.</summary>
internal sealed class PrefaceText(string original)
{
    public string Original { get; } = original;

    public string Folded { get; } = TextFold.Fold(original);

    private IReadOnlyList<DesignationMatch>? designations;

    public IReadOnlyList<DesignationMatch> Designations => designations ??= DesignationScanner.FindAll(Original, Folded);

    /// <summary>The designations that start inside [start, end).</summary>
    public IEnumerable<DesignationMatch> Within(int start, int end) => Designations.Where(d => d.Start >= start && d.Start < end);

    public string Slice(int start, int end) => Original[start..end];
}
