using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Docx;
using Ratro.Knowledge.Corpus.Rendering.Pdf;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro corpus render [--manifest M | --files A.md …] --out DIR [--format pdf|docx|both]`: renditions of corpus documents.</summary>
internal static class CorpusRenderCommand
{
    private static readonly Option<string?> Manifest = new("--manifest") { Description = "Corpus manifest whose Markdown documents to render (default: corpus/manifest.json found above the working directory)." };

    private static readonly Option<string[]> Files = new("--files")
    {
        Description = "Render these Markdown files instead of the manifest's documents.",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string> Out = new("--out") { Description = "Folder to write <name>.pdf and <name>.docx into.", Required = true };

    private static readonly Option<string> Format = new("--format") { Description = "pdf, docx or both.", DefaultValueFactory = _ => "both" };

    public static Command Create()
    {
        var command = new Command("render", "Render corpus Markdown documents as PDF and Word files.") { Manifest, Files, Out, Format };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var formats = parse.GetValue(Format) switch
        {
            "pdf" => RenderFormats.Pdf,
            "docx" => RenderFormats.Docx,
            "both" => RenderFormats.Both,
            var other => throw new CliException($"--format is '{other}'; expected pdf, docx or both."),
        };
        var inputs = CorpusInputs.Resolve(
            parse.GetValue(Files) ?? [],
            () => parse.GetValue(Manifest) is { } path ? Path.GetFullPath(path) : session.Get<IOptions<CorpusOptions>>().Value.ResolveManifest());
        var output = parse.GetValue(Out)!;
        Directory.CreateDirectory(output);
        var clock = Stopwatch.StartNew();
        var written = new List<RenderedFile>();
        foreach (var input in inputs)
        {
            written.AddRange(await RenderAsync(input, output, formats, cancellationToken));
        }

        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new { documents = inputs.Count, files = written, seconds = clock.Elapsed.TotalSeconds });
            return 0;
        }

        var table = new Table().AddColumns("Source", "Designation", "File", "Pages", "Bytes");
        foreach (var file in written)
        {
            table.AddRow(Markup.Escape(Path.GetFileName(file.Source)), Markup.Escape(file.Designation), Markup.Escape(Path.GetFileName(file.Path)), file.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", file.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        session.Console.Write(table);
        session.Console.WriteLine($"{inputs.Count} documents, {written.Count} files in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static async Task<IReadOnlyList<RenderedFile>> RenderAsync(string input, string output, RenderFormats formats, CancellationToken cancellationToken)
    {
        var source = await CorpusSourceReader.ReadFileAsync(input, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(input);
        var files = new List<RenderedFile>();
        if (formats.HasFlag(RenderFormats.Pdf))
        {
            var pdf = new PdfCorpusRenderer().Render(source, cancellationToken);
            var path = Path.Combine(output, name + ".pdf");
            await File.WriteAllBytesAsync(path, pdf.Bytes, cancellationToken);
            files.Add(new RenderedFile(input, source.Designation, "pdf", path, pdf.Pages, pdf.Bytes.Length));
        }

        if (formats.HasFlag(RenderFormats.Docx))
        {
            var docx = new DocxCorpusRenderer().Render(source, cancellationToken);
            var path = Path.Combine(output, name + ".docx");
            await File.WriteAllBytesAsync(path, docx.Bytes, cancellationToken);
            files.Add(new RenderedFile(input, source.Designation, "docx", path, null, docx.Bytes.Length));
        }

        return files;
    }
}
