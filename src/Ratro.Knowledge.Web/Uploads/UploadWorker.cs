using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// Runs queued uploads through the ingestion pipeline one at a time, as drafts. The pipeline leaves the store as it was
/// when a file fails; the failure and its reason are kept on the job for the status page.
/// </summary>
public sealed class UploadWorker(UploadQueue queue, IngestionPipeline pipeline, ILogger<UploadWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            job.Start();
            var request = new IngestionRequest
            {
                FileName = job.FileName,
                Content = job.Content,
                Access = job.Access,
                State = PublicationState.Draft,
            };
            IngestionResult result;
            try
            {
                result = await pipeline.IngestAsync(request, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A decoder bug must not stop the queue: the job fails with the reason, the next one runs.
                logger.LogError(e, "Upload {File} failed unexpectedly", job.FileName);
                result = new IngestionResult { File = job.FileName, Status = IngestionStatus.Failed, Error = $"'{job.FileName}' could not be processed: {e.Message}" };
            }

            logger.LogInformation(
                "Upload {File} by {User}: {Status} {Designation} {Error}", job.FileName, job.UploadedBy, result.Status, result.Designation, result.Error);
            job.Finish(result);
        }
    }
}
