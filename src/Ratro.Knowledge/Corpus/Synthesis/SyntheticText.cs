using System.Text;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>Fills "{slot}" holes of a template from the vocabulary's slot generators.</summary>
internal static class SyntheticText
{
    public static string Fill(string template, SyntheticVocabulary vocabulary, SyntheticRandom random)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var position = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open);
            var name = template[(open + 1)..close];
            builder.Append(template, position, open - position);
            builder.Append(vocabulary.Slots.TryGetValue(name, out var slot)
                ? slot(random)
                : throw new InvalidOperationException($"The template slot '{{{name}}}' has no generator."));
            position = close + 1;
            open = template.IndexOf('{', position);
        }

        return builder.Append(template, position, template.Length - position).ToString();
    }
}
