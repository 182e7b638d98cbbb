using Microsoft.EntityFrameworkCore;

namespace Ratro.Knowledge.Storage;

/// <summary>
/// Fills the graph's lookup keys of records stored before the keys existed (the migration adds the columns empty, and
/// keys come from the designation parser, which SQL cannot run). Costs two indexed queries when nothing is missing.
/// </summary>
internal static class GraphKeyBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        while (true)
        {
            var documents = (await db.Documents.Where(d => d.WorkKey == "").Take(Batch + seen.Count).ToListAsync(cancellationToken))
                .Where(d => seen.Add(d.Id)).ToList();
            if (documents.Count == 0)
            {
                break;
            }

            foreach (var document in documents)
            {
                GraphKeys.Assign(document);
                db.Names.AddRange(GraphKeys.Names(document));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        seen.Clear();
        while (true)
        {
            var relations = (await db.Relations.Where(r => r.TargetKey == "" || r.SourceKey == "").Take(Batch + seen.Count).ToListAsync(cancellationToken))
                .Where(r => seen.Add(r.Id)).ToList();
            if (relations.Count == 0)
            {
                break;
            }

            relations.ForEach(GraphKeys.Assign);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
