using Microsoft.Net.Http.Headers;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// <c>GET /documents/{slug}/original[?edition=id]</c>: the file an edition was ingested from, for visitors who may read
/// the edition. 404 when they may not see it at all, 403 when they may see its card but not read it. The download name
/// is built from the slug (ASCII letters, digits and hyphens) and the format's extension, never from the uploaded name.
/// </summary>
public static class OriginalFileEndpoint
{
    public static async Task<IResult> HandleAsync(
        string slug, Guid? edition, HttpContext context, DocumentViewLoader loader, FileStore files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var view = await loader.LoadAsync(slug, edition, context.User, cancellationToken);
        if (view is null || view.Edition.Source is not { } source || !files.Exists(source.Sha256, source.Format))
        {
            return Results.NotFound();
        }

        if (!view.CanRead)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var name = view.EditionParameter is { } id ? $"{view.Slug}-{id.ToString("N")[..8]}" : view.Slug;
        context.Response.Headers[HeaderNames.CacheControl] = view.Edition.Access == Documents.AccessLevel.Public ? "public, max-age=3600" : "private, no-store";
        return Results.File(files.OpenRead(source.Sha256, source.Format), source.MediaType, $"{name}.{Extension(source.Format)}", enableRangeProcessing: true);
    }

    public static string Extension(string format) => format switch
    {
        "markdown" => "md",
        "text" => "txt",
        "pdf" or "docx" => format,
        _ => "bin",
    };
}
