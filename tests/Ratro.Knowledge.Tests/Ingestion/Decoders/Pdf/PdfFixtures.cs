using System.Text;
using PdfSharp.Drawing;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>The PDF documents the decoder tests read, drawn in memory (see <see cref="PdfFixtureWriter"/>).</summary>
internal static class PdfFixtures
{
    public const string RussianHeader = "ТС 1-2025 Тестовый стандарт. Радиационная безопасность";

    static PdfFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Three pages: a title, numbered clauses (1, 1.1, 2.1.1) under bold larger headings, a running
    /// header and a "Страница N из 3" footer, a word hyphenated at a line end, a compound hyphen at a
    /// line end, a footnote, a paragraph running over a page break and a ruled table.
    /// </summary>
    public static byte[] RussianStandard(Action<PdfFixtureWriter>? configure = null)
    {
        using var pdf = new PdfFixtureWriter(RussianHeader, n => $"Страница {n} из 3");
        pdf.Heading("РАДИАЦИОННАЯ БЕЗОПАСНОСТЬ ПРИ ЛУЧЕВОЙ ТЕРАПИИ", 15)
            .Heading("1 Область применения", 13)
            .Paragraph(
                "1.1 Настоящий стандарт устанавливает требования к обеспечению",
                "радиационной безопасности персонала и пациентов при лучевой",
                "терапии, а также требования к соблюдению радиационно-",
                "гигиенических нормативов и к оборудованию помещений радиа-",
                "ционно-опасных отделений.")
            .Paragraph(
                "1.2 Требования стандарта распространяются на все виды облучения^1",
                "персонала при дистанционной и контактной лучевой терапии.")
            .Footnote("1", "Кроме облучения при ликвидации последствий радиационных аварий.")
            .Heading("2 Основные требования", 13)
            .Paragraph(
                "2.1 Администрация организации обеспечивает контроль доз облучения",
                "персонала и регулярно проверяет исправность систем блокировки",
                "дверей процедурных помещений, а также")
            .NewPage()
            .Paragraph("ведёт учёт всех случаев превышения контрольных уровней.")
            .Paragraph("2.1.1 Контрольные уровни утверждает руководитель организации.")
            .Paragraph("2.2 Пределы доз облучения приведены в таблице 1.")
            .Paragraph("Таблица 1 – Пределы доз облучения")
            .Table(
                [180, 135, 140],
                ["Величина", "Персонал", "Население"],
                ["Эффективная доза", "20 мЗв в год", "1 мЗв в год"],
                ["Доза в хрусталике глаза", "20 мЗв в год", "15 мЗв в год"],
                ["Доза в коже", "500 мЗв в год", "50 мЗв в год"])
            .Heading("3 Заключительные положения", 13)
            .Paragraph("3.1 Стандарт вводится в действие со дня его утверждения.")
            .NewPage()
            .Paragraph("3.2 Стандарт пересматривают не реже одного раза в пять лет.");
        pdf.Document.Info.Title = "Радиационная безопасность при лучевой терапии";
        pdf.Document.Info.Author = "Тестовый комитет";
        pdf.Document.Info.Subject = "Требования к радиационной безопасности";
        pdf.Document.Info.Keywords = "лучевая терапия; радиационная безопасность";
        configure?.Invoke(pdf);
        return pdf.Save();
    }

    /// <summary>
    /// Two pages in English: a title over two columns of clauses (a paragraph runs from the foot of the
    /// left column to the top of the right one), then a single-column page; header and "Page N of 2" footer.
    /// </summary>
    public static byte[] EnglishTwoColumns()
    {
        using var pdf = new PdfFixtureWriter("TS 2-2025 Test standard. Sealed sources", n => $"Page {n} of 2");
        pdf.Heading("SAFETY OF SEALED SOURCES IN RADIOTHERAPY", 15)
            .Columns(
                left => left.Heading("1 Scope", 12)
                    .Paragraph(
                        "1.1 This standard sets the",
                        "safety requirements for sealed",
                        "sources used in brachytherapy.")
                    .Paragraph(
                        "1.2 Before a source is loaded",
                        "into an afterloader the licensee",
                        "checks its certificate and the",
                        "leak test result, and"),
                right => right.Paragraph(
                        "keeps a record of every check",
                        "for the life of the source.")
                    .Heading("2 Storage", 12)
                    .Paragraph(
                        "2.1 Sources not in use are kept",
                        "in a locked shielded container",
                        "inside a controlled area."))
            .NewPage()
            .Heading("3 Records", 12)
            .Paragraph("3.1 Records of source checks are kept for thirty years.");
        return pdf.Save();
    }

    /// <summary>A page with a picture and drawn shapes, as a scan looks; <paramref name="pageNumber"/> adds a printed page number, the only text.</summary>
    public static byte[] ImageOnly(bool pageNumber = false)
    {
        using var pdf = new PdfFixtureWriter(footer: pageNumber ? n => n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        using var image = XImage.FromStream(new MemoryStream(FixtureBitmap.Create(64, 48)));
        pdf.Draw(g =>
        {
            g.DrawImage(image, 70, 80, 455, 340);
            g.DrawRectangle(XBrushes.LightGray, 70, 450, 455, 200);
            g.DrawRectangle(new XPen(XColors.Black, 1), 70, 450, 455, 200);
        });
        return pdf.Save();
    }

    /// <summary>A one-page document protected by passwords; <paramref name="userPassword"/> null leaves only the owner password.</summary>
    public static byte[] Protected(string? userPassword, string ownerPassword)
    {
        using var pdf = new PdfFixtureWriter();
        pdf.Heading("1 Protected document", 13)
            .Paragraph("1.1 This text is readable once the document is opened.");
        if (userPassword is not null)
        {
            pdf.Document.SecuritySettings.UserPassword = userPassword;
        }

        pdf.Document.SecuritySettings.OwnerPassword = ownerPassword;
        return pdf.Save();
    }

    /// <summary>A page whose text is drawn from private-use code points, as fonts without a Unicode mapping extract.</summary>
    public static byte[] PrivateUseText() => Lines(Enumerable.Range(0, 12).Select(i => new string(Enumerable.Range(0, 40).Select(k => (char)(0xE000 + ((i * 7) + k) % 90)).ToArray())));

    /// <summary>Russian text whose CP1251 bytes were read as Latin-1: "Ïðèêàç î ðàäèàöèîííîé …".</summary>
    public static byte[] Mojibake()
    {
        var russian = new[]
        {
            "Приказ о радиационной безопасности при лучевой терапии",
            "Требования к контролю доз облучения персонала и пациентов",
            "Порядок проверки систем блокировки процедурных помещений",
        };
        return Lines(russian.Select(line => Encoding.Latin1.GetString(Encoding.GetEncoding(1251).GetBytes(line))));
    }

    /// <summary>Text that is mostly punctuation and symbols, as a font with a wrong encoding extracts.</summary>
    public static byte[] SymbolText() => Lines(Enumerable.Range(0, 10).Select(i => string.Concat(Enumerable.Repeat("!#$%&*+<=>?@^~|{}", 3))[i..(i + 40)]));

    /// <summary>Text made of "(cid:NN)" forms, as some converters write glyphs they could not map.</summary>
    public static byte[] CidText() => Lines(Enumerable.Range(0, 8).Select(i => string.Concat(Enumerable.Range(0, 6).Select(k => $"(cid:{(i * 13) + k + 3})"))));

    private static byte[] Lines(IEnumerable<string> lines)
    {
        using var pdf = new PdfFixtureWriter();
        var baseline = 100.0;
        foreach (var line in lines)
        {
            pdf.Text(line, 70, baseline, 10);
            baseline += 16;
        }

        return pdf.Save();
    }
}
