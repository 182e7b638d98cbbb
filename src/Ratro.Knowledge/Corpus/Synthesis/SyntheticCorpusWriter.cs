using System.Diagnostics;
using System.Text;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Pdf;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// Writes a synthetic corpus to a folder, documents in parallel, each straight to disk: "&lt;stem&gt;.md", or
/// for the PDF share "&lt;stem&gt;.pdf" rendered by <see cref="PdfCorpusRenderer"/> instead of the Markdown, so
/// that ingesting the folder reads every document once. Existing files of the same names are replaced.
/// </summary>
public static class SyntheticCorpusWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<SynthesisSummary> WriteAsync(SynthesisOptions options, CancellationToken cancellationToken)
    {
        if (options.Count < 1)
        {
            throw new CorpusException($"--count must be at least 1 (was {options.Count}).");
        }

        if (options.PdfShare is < 0 or > 1 || double.IsNaN(options.PdfShare))
        {
            throw new CorpusException($"--pdf-share must be between 0 and 1 (was {options.PdfShare}).");
        }

        OutputFolderGuard.Check(options.OutputDirectory);
        Directory.CreateDirectory(options.OutputDirectory);
        var corpus = new SyntheticCorpus(options.Seed, options.Count);
        var renderer = new PdfCorpusRenderer();
        long clauses = 0, bytes = 0;
        int pdfs = 0;
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Count), parallel, async (index, token) =>
        {
            var document = corpus.Generate(index, options.PdfShare);
            var content = Utf8.GetBytes(document.Markdown);
            var extension = ".md";
            if (document.AsPdf)
            {
                var source = await CorpusSourceReader.ReadAsync(content, document.FileStem + ".md", token);
                content = renderer.Render(source, token).Bytes;
                extension = ".pdf";
                Interlocked.Increment(ref pdfs);
            }

            await using (var file = new FileStream(Path.Combine(options.OutputDirectory, document.FileStem + extension), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                await file.WriteAsync(content, token);
            }

            Interlocked.Add(ref clauses, document.Clauses);
            Interlocked.Add(ref bytes, content.Length);
        });

        return new SynthesisSummary(options.Count, options.Count - pdfs, pdfs, clauses, bytes, clock.Elapsed);
    }
}
