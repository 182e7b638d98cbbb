using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>
/// How far what ingestion read from a rendition agrees with its Markdown source (the oracle), after whitespace
/// and table-rule folding (<see cref="CorpusDocument.Fold"/>): the source's clause keys found, the clause texts
/// equal among the clauses both have, and the table cells equal (same clause, table, row and column).
/// </summary>
public sealed record RenditionAgreement(string Name, int Keys, int KeysFound, int Texts, int TextsEqual, int Cells, int CellsEqual)
{
    public string Format => Path.GetExtension(Name).TrimStart('.');

    public static RenditionAgreement Of(string name, IEnumerable<Clause> read, IEnumerable<Clause> source)
    {
        var actual = MarkdownOracle.Body(read).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var expected = MarkdownOracle.Body(source);
        int found = 0, texts = 0, textsEqual = 0, cells = 0, cellsEqual = 0;
        foreach (var clause in expected)
        {
            cells += clause.Tables.Sum(t => t.Rows.Sum(r => r.Count));
            if (!actual.TryGetValue(clause.Key, out var other))
            {
                continue;
            }

            found++;
            texts++;
            textsEqual += CorpusDocument.Fold(clause.Text) == CorpusDocument.Fold(other.Text) ? 1 : 0;
            cellsEqual += EqualCells(clause.Tables, other.Tables);
        }

        return new RenditionAgreement(name, expected.Count, found, texts, textsEqual, cells, cellsEqual);
    }

    /// <summary>The agreement of several renditions together (the counts added up).</summary>
    public static RenditionAgreement Sum(string name, IEnumerable<RenditionAgreement> parts)
    {
        var all = parts.ToList();
        return new RenditionAgreement(name, all.Sum(a => a.Keys), all.Sum(a => a.KeysFound), all.Sum(a => a.Texts), all.Sum(a => a.TextsEqual), all.Sum(a => a.Cells), all.Sum(a => a.CellsEqual));
    }

    public double KeyShare => Share(KeysFound, Keys);

    public double TextShare => Share(TextsEqual, Texts);

    public double CellShare => Share(CellsEqual, Cells);

    public string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: keys {KeysFound}/{Keys}, texts {TextsEqual}/{Texts}, table cells {CellsEqual}/{Cells} ({KeyShare:P1}, {TextShare:P1}, {CellShare:P1})");

    private static int EqualCells(IReadOnlyList<ClauseTable> expected, IReadOnlyList<ClauseTable> actual)
    {
        var equal = 0;
        for (var t = 0; t < Math.Min(expected.Count, actual.Count); t++)
        {
            for (var r = 0; r < Math.Min(expected[t].Rows.Count, actual[t].Rows.Count); r++)
            {
                var want = expected[t].Rows[r];
                var got = actual[t].Rows[r];
                for (var c = 0; c < Math.Min(want.Count, got.Count); c++)
                {
                    equal += CorpusDocument.Fold(want[c]) == CorpusDocument.Fold(got[c]) ? 1 : 0;
                }
            }
        }

        return equal;
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
