namespace Ratro.Knowledge.Web.Cms;

/// <summary>A content command that could not be carried out, with the reason.</summary>
public sealed class ContentException(ContentFailure failure, string message) : Exception(message)
{
    public ContentFailure Failure { get; } = failure;
}
