namespace Ratro.Knowledge.Web.Uploads;

public static class UploadExtensions
{
    /// <summary>The upload queue and the worker that ingests queued files in the background.</summary>
    public static WebApplicationBuilder AddRatroUploads(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UploadQueue>();
        builder.Services.AddHostedService<UploadWorker>();
        builder.Services.AddScoped<UploadLimitsFilter>();
        return builder;
    }
}
