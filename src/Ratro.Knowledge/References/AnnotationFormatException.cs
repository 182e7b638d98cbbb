namespace Ratro.Knowledge.References;

/// <summary>A line of an annotation file does not follow the format.</summary>
public sealed class AnnotationFormatException : FormatException
{
    public AnnotationFormatException(int line, string reason)
        : base($"annotation line {line}: {reason}")
    {
        Line = line;
    }

    public AnnotationFormatException()
    {
    }

    public AnnotationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }
}
