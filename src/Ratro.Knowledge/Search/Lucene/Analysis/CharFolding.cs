using Lucene.Net.Analysis.CharFilters;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>Character folding before tokenization: ё→е (both cases), so "облучённый" and "облученный" are one word.</summary>
internal static class CharFolding
{
    private static readonly NormalizeCharMap Map = Build();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("ё", "е");
        builder.Add("Ё", "Е");
        return builder.Build();
    }
}
