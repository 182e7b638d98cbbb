using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>
/// The words of a PDF as poppler's pdftotext reads them, each with its page (pdftotext ends every page with a
/// form feed), running header and page-number lines left out: an independent reading of where text stands.
/// </summary>
public sealed partial class PdfTextPages
{
    private readonly List<(string Word, int Page)> words = [];

    private PdfTextPages()
    {
    }

    public static bool Available { get; } = Probe();

    public int PageCount { get; private set; }

    public static PdfTextPages Read(string pdf, string runningHeader)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-enc", "UTF-8", "-q", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on '{pdf}' (exit code {process.ExitCode}): {process.StandardError.ReadToEnd()}");
        }

        var pages = output.Split('\f');
        var result = new PdfTextPages { PageCount = pages[^1].Trim().Length == 0 ? pages.Length - 1 : pages.Length };
        for (var p = 0; p < pages.Length; p++)
        {
            foreach (var line in pages[p].Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed == runningHeader || PageNumber().IsMatch(trimmed))
                {
                    continue;
                }

                result.words.AddRange(trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(k => k.Length > 0).Select(k => (k, p + 1)));
            }
        }

        return result;
    }

    /// <summary>
    /// Finds <paramref name="phrase"/>'s words at or after word <paramref name="from"/>; returns the page of its
    /// first word and the index after it, or null when the phrase is not there.
    /// </summary>
    public (int Page, int Next)? Find(IReadOnlyList<string> phrase, int from)
    {
        var keys = phrase.Select(Key).Where(k => k.Length > 0).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        for (var i = from; i + keys.Count <= words.Count; i++)
        {
            var k = 0;
            while (k < keys.Count && words[i + k].Word == keys[k])
            {
                k++;
            }

            if (k == keys.Count)
            {
                return (words[i].Page, i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A word compared without the punctuation that ends it ("3.1.2." and "3.1.2" match); a word of punctuation
    /// alone (a dash between a label and its title, a table rule drawn as "|") is left out.
    /// </summary>
    private static string Key(string word) => word.Any(char.IsLetterOrDigit) ? word.TrimEnd('.', ',', ':', ';') : "";

    private static bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            process!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^— \d+ —$")]
    private static partial Regex PageNumber();
}
