using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Tracks complex fields (w:fldChar begin … separate … end) across runs and paragraphs of one story: text
/// between begin and separate is the field's instruction and is not shown; text after separate is its
/// result and is kept. Fields nest. A TOC field's result is a table of contents.
/// </summary>
internal sealed class FieldState
{
    private readonly Stack<Field> open = new();

    /// <summary>True while reading an instruction of any open field: text here is not shown.</summary>
    public bool InInstruction => open.Any(f => !f.InResult);

    /// <summary>True while inside the result of a TOC field.</summary>
    public bool InTableOfContents => open.Any(f => f.InResult && f.IsTableOfContents);

    public void Begin() => open.Push(new Field());

    public void Instruction(string text)
    {
        if (open.TryPeek(out var field) && !field.InResult)
        {
            field.Code.Append(text);
        }
    }

    public void Separate()
    {
        if (open.TryPeek(out var field))
        {
            field.InResult = true;
        }
    }

    public void End() => open.TryPop(out _);

    private sealed class Field
    {
        public StringBuilder Code { get; } = new();

        public bool InResult { get; set; }

        public bool IsTableOfContents => Code.ToString().TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase);
    }
}
