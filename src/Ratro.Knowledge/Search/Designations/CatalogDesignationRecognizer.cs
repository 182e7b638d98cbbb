namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// The default recognizer: looks up every run of query tokens (longest first, no overlaps) in the catalog of
/// indexed designations — exact forms and aliases first, then undated work keys. Knows no designation grammar,
/// so it recognizes only documents that are indexed.
/// </summary>
public sealed class CatalogDesignationRecognizer : IQueryDesignationRecognizer
{
    public IReadOnlyList<RecognizedDesignation> Recognize(string query, DesignationCatalog catalog)
    {
        var tokens = DesignationTokens.Tokenize(query);
        var found = new List<RecognizedDesignation>();
        var used = new bool[tokens.Count];
        for (var size = Math.Min(catalog.LongestKey, tokens.Count); size >= 1; size--)
        {
            for (var start = 0; start + size <= tokens.Count; start++)
            {
                if (used.AsSpan(start, size).Contains(true))
                {
                    continue;
                }

                var key = string.Join(' ', tokens.Skip(start).Take(size).Select(t => t.Value));
                if (!DesignationTokens.HasDigit(key))
                {
                    continue;
                }

                var canonicals = catalog.FindKey(key);
                var undated = false;
                if (canonicals.Count == 0)
                {
                    canonicals = catalog.FindUndatedKey(key);
                    undated = true;
                }

                if (canonicals.Count > 0)
                {
                    used.AsSpan(start, size).Fill(true);
                    var first = tokens[start];
                    var last = tokens[start + size - 1];
                    found.Add(new RecognizedDesignation(first.Start, last.End - first.Start, canonicals, undated));
                }
            }
        }

        return found.OrderBy(d => d.Start).ToList();
    }
}
