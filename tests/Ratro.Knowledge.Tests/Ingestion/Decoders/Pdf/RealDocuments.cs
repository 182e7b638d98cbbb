namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// The real documents in the shared reference folder beside the repository (../shared/realdocs, found by
/// walking up from the test binaries to the folder holding Ratro.Knowledge.sln).
/// </summary>
internal static class RealDocuments
{
    /// <summary>The bytes of a real document, or a skip with the reason when the shared folder or the file is absent.</summary>
    public static byte[] Read(string fileName)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Ratro.Knowledge.sln")))
        {
            root = root.Parent;
        }

        if (root?.Parent is null)
        {
            Assert.Skip("The repository root (Ratro.Knowledge.sln) was not found above the test binaries.");
        }

        var path = Path.Combine(root.Parent.FullName, "shared", "realdocs", fileName);
        if (!File.Exists(path))
        {
            Assert.Skip($"The shared reference document '{fileName}' is absent (expected in shared/realdocs beside the repository).");
        }

        return File.ReadAllBytes(path);
    }
}
