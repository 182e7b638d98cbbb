namespace Ratro.Knowledge.Web.Security;

/// <summary>Adds <see cref="SecurityHeaders"/> to every response, error pages and static files included.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            SecurityHeaders.Apply(context.Response.Headers, context.Items[SecurityHeaders.ScriptNonceItem] as string);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
