using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Opens an index folder with positioned file reads into managed buffers (<see cref="NIOFSDirectory"/>) rather than
/// the memory-mapped directory <c>FSDirectory.Open</c> picks: Lucene.NET's memory-mapped input reads each byte through
/// a view accessor that takes and releases a handle reference per read, which profiles of this engine showed as the
/// largest single cost of reading postings, doc values and stored fields.
/// </summary>
internal static class IndexDirectory
{
    public static LuceneDirectory Open(string folder) => new NIOFSDirectory(new DirectoryInfo(folder));
}
