namespace Ratro.Knowledge.Answers.Questions;

/// <summary>A word of a text: where it stands, as written, and its comparison stem (see <see cref="Words.Stem"/>).</summary>
public readonly record struct Word(int Start, int Length, string Text, string Stem)
{
    public int End => Start + Length;

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
}
