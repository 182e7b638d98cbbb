using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// Uploads waiting for the <see cref="UploadWorker"/>, and the recent jobs by id for the status page. Jobs live in
/// memory: a restart forgets them (the documents they stored stay in the store).
/// </summary>
public sealed class UploadQueue
{
    public const int KeptJobs = 200;

    private readonly Channel<UploadJob> channel = Channel.CreateUnbounded<UploadJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, UploadJob> jobs = new();

    public ChannelReader<UploadJob> Reader => channel.Reader;

    public async ValueTask EnqueueAsync(UploadJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        jobs[job.Id] = job;
        foreach (var old in jobs.Values.Where(j => j.Finished).OrderByDescending(j => j.UploadedAt).Skip(KeptJobs))
        {
            jobs.TryRemove(old.Id, out _);
        }

        await channel.Writer.WriteAsync(job, cancellationToken);
    }

    public UploadJob? Find(Guid id) => jobs.GetValueOrDefault(id);
}
