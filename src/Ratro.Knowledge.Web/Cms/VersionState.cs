namespace Ratro.Knowledge.Web.Cms;

/// <summary>
/// A version is a draft until published; at most one version of an item is published; a version that was
/// published and then replaced or unpublished is archived. History keeps every version.
/// </summary>
public enum VersionState
{
    Draft = 0,
    Published = 1,
    Archived = 2,
}
