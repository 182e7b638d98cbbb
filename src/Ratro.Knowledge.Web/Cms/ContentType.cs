namespace Ratro.Knowledge.Web.Cms;

/// <summary>Kinds of site content: a standing page (/pages/{slug}) or a dated news item (/news/{slug}).</summary>
public enum ContentType
{
    Page = 0,
    News = 1,
}
