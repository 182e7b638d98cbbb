using Ratro.Knowledge.Answers.Questions;

namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>
/// How many clauses of the knowledge base contain each word stem (see <see cref="Words"/>): the rarer a stem, the
/// more a question hinges on it. A stem no clause contains is <see cref="IsUnknown">unknown</see> to the base.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> frequencies = new(StringComparer.Ordinal);

    public int ClauseCount { get; private set; }

    public void AddClause(IEnumerable<string> stems)
    {
        ClauseCount++;
        var distinct = stems is HashSet<string> { Comparer: var comparer } set && comparer.Equals(StringComparer.Ordinal)
            ? set
            : stems.Distinct(StringComparer.Ordinal);
        foreach (var stem in distinct)
        {
            frequencies[stem] = frequencies.GetValueOrDefault(stem) + 1;
        }
    }

    public int Frequency(string stem) => frequencies.GetValueOrDefault(stem);

    public bool IsUnknown(string stem) => Frequency(stem) == 0;

    /// <summary>Inverse clause frequency, BM25 form: ln(1 + (N − n + 0.5) / (n + 0.5)); highest for unknown stems.</summary>
    public double Weight(string stem) => WeightOf(Frequency(stem));

    public double WeightOf(int frequency) =>
        Math.Log(1 + ((Math.Max(ClauseCount, 1) - frequency + 0.5) / (frequency + 0.5)));
}
