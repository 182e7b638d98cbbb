using System.Text;

namespace Ratro.Knowledge.Corpus;

/// <summary>
/// File names of corpus documents (corpus/README.md): the canonical designation in lower case, every run of
/// characters other than letters and digits replaced by "_" ("СанПиН 2.6.1.2523-09" → "санпин_2_6_1_2523_09",
/// "ESTRO … guideline (2015)" → "estro_…_guideline_2015_").
/// </summary>
public static class CorpusFileNames
{
    public static string Stem(string designation)
    {
        var builder = new StringBuilder(designation.Length);
        foreach (var c in designation.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString();
    }
}
