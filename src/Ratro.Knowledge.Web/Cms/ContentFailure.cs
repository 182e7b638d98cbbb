namespace Ratro.Knowledge.Web.Cms;

/// <summary>Why a content command was refused.</summary>
public enum ContentFailure
{
    ItemNotFound,
    VersionNotFound,
    InvalidSlug,
    InvalidCulture,
    SlugTaken,
    NotPublished,
    InvalidText,
}
