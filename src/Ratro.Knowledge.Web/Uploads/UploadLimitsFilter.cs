using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// Raises the request body and multipart limits of the upload page to the ingestion size limit (plus room for the form
/// fields), before antiforgery reads the form; every other request keeps the server's default limits.
/// </summary>
public sealed class UploadLimitsFilter(IOptions<IngestionOptions> options) : IAuthorizationFilter, IOrderedFilter
{
    public const long FormOverhead = 64 * 1024;

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxFileBytes + FormOverhead;
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limit;
        }

        if (context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueCountLimit = 64,
            }));
        }
    }
}
