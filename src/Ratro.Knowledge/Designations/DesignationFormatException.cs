namespace Ratro.Knowledge.Designations;

/// <summary>The text is not a designation the parser knows.</summary>
public sealed class DesignationFormatException : FormatException
{
    public DesignationFormatException(string input, string reason)
        : base($"not a designation: \"{input}\" ({reason})")
    {
        Input = input;
        Reason = reason;
    }

    public DesignationFormatException()
        : this("", "no input")
    {
    }

    public DesignationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Input = "";
        Reason = message;
    }

    public string Input { get; } = "";

    public string Reason { get; } = "";
}
