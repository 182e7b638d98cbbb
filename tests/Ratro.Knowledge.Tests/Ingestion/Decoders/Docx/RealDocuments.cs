using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>Lookups in a structured real document.</summary>
internal static class RealDocuments
{
    public static Clause Key(this IReadOnlyList<Clause> clauses, string key) =>
        clauses.SingleOrDefault(c => c.Key == key) ?? throw new Xunit.Sdk.XunitException($"No clause with key '{key}'; keys: {string.Join(", ", clauses.Select(c => c.Key).Take(60))}");

    public static Clause? Parent(this IReadOnlyList<Clause> clauses, Clause clause) => clauses.SingleOrDefault(c => c.Id == clause.ParentId);

    /// <summary>The shared reference folder: "shared" next to the repository root (the folder holding Ratro.Knowledge.sln).</summary>
    public static string? SharedFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ratro.Knowledge.sln")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared"));
            }
        }

        return null;
    }
}
