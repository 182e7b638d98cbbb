namespace Ratro.Knowledge.Tests;

/// <summary>Data files kept beside the tests (copied next to the test binaries).</summary>
internal static class TestData
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);
}
