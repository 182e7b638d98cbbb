using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Opens an index folder with positioned file reads into managed buffers (<see cref="NIOFSDirectory"/>) rather than
/// the memory-mapped directory <c>FSDirectory.Open</c> picks: Lucene.NET's memory-mapped input reads each byte through
/// a view accessor that takes and releases a handle reference per read; profiles of the site under search load showed
/// a sixth of its processor time there, mostly loading the stored fields of the clauses shown.
/// </summary>
internal static class IndexDirectory
{
    public static LuceneDirectory Open(string folder) => new NIOFSDirectory(new DirectoryInfo(folder));
}
