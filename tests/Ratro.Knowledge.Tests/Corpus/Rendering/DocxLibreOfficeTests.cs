using System.Diagnostics;
using Ratro.Knowledge.Corpus.Rendering.Docx;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

/// <summary>
/// An independent reader of Word numbering: LibreOffice converts the rendition to text, and the numbers it
/// prints must be the Markdown's, skipped numbers and restarts included. Skipped without LibreOffice
/// (Debian package libreoffice-writer-nogui).
/// </summary>
public sealed class DocxLibreOfficeTests
{
    [Theory]
    [InlineData(RenderingSamples.RussianSections, new[] { "1. Область применения", "2.3. Результаты контроля", "3.1.2. Годовая эффективная доза", "3.2.5. Для аппаратов брахитерапии", "5.3. Ежегодно проводят" })]
    [InlineData(RenderingSamples.RussianLaw, new[] { "1. Настоящий образец закона", "3. Медицинское облучение", "1. Организация, использующая", "2. Организация обязана" })]
    [InlineData(RenderingSamples.EnglishRequirements, new[] { "1.2. It applies to photon beams", "3.4. After any repair", "A.2. Records shall be kept" })]
    public async Task LibreOffice_shows_the_printed_clause_numbers(string sample, string[] expectedLines)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to check Word numbering with an independent reader");
        }

        using var folder = new TempDirectory();
        var source = await RenderingSamples.ReadAsync(sample);
        var docx = folder.Write("rendition.docx", new DocxCorpusRenderer().Render(source, TestContext.Current.CancellationToken).Bytes);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation=file://{folder.File("profile")}", "--headless", "--convert-to", "txt:Text", "--outdir", folder.Path, docx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var lines = (await File.ReadAllLinesAsync(folder.File("rendition.txt"), TestContext.Current.CancellationToken)).Select(l => l.Trim()).ToList();

        Assert.All(expectedLines, expected => Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal)));
    }
}
