namespace Ratro.Knowledge.References;

/// <summary>
/// Reads the annotated reference sample. One sentence per line: <c>sentence TAB expected [TAB self-canonical]</c>.
/// Expected references are separated by " | "; each is <c>TARGET</c> (document level) or <c>TARGET @ key, key</c>. TARGET is
/// a canonical designation, <c>self</c>, <c>self^article</c>, <c>self^part</c>, <c>self^item</c>, <c>self^section</c>, or
/// <c>?</c> (a document named only by its title). "-" means the sentence holds no reference. "#" starts a comment line.
/// </summary>
public static class AnnotationFile
{
    public static IReadOnlyList<AnnotatedSentence> Read(string path, CancellationToken cancellationToken)
    {
        var sentences = new List<AnnotatedSentence>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (ParseLine(line, number) is { } sentence)
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }

    public static AnnotatedSentence? ParseLine(string line, int number)
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return null;
        }

        var columns = line.Split('\t');
        if (columns.Length < 2 || columns[0].Trim().Length == 0)
        {
            throw new AnnotationFormatException(number, "expected 'sentence<TAB>references', found no tab");
        }

        var expected = columns[1].Trim() == "-"
            ? []
            : columns[1].Split(" | ").Select(e => Reference(e, number)).ToArray();
        var self = columns.Length > 2 && columns[2].Trim().Length > 0 ? columns[2].Trim() : null;
        return new AnnotatedSentence(number, columns[0], expected, self);
    }

    private static ExpectedReference Reference(string text, int number)
    {
        var parts = text.Split(" @ ");
        var target = parts[0].Trim();
        if (target.Length == 0 || parts.Length > 2)
        {
            throw new AnnotationFormatException(number, $"cannot read the reference '{text}'");
        }

        var clauses = parts.Length == 2 ? parts[1].Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToArray() : [];
        return new ExpectedReference(target, clauses);
    }
}
