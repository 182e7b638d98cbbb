namespace Ratro.Knowledge.Web.Cms;

/// <summary>Field lengths shared by the database model and the edit forms.</summary>
public static class ContentLimits
{
    public const int TitleLength = 300;

    public const int SummaryLength = 1000;

    public const int BodyLength = 200_000;
}
