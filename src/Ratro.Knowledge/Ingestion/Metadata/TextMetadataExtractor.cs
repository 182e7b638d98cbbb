using System.Text;
using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>
/// The record of a PDF, Word or text file, from its properties and first pages: designation, title, type,
/// issuer, jurisdiction, language, dates and edition. Nothing is guessed: what is not found stays empty and the
/// metadata step flags it for review.
/// </summary>
public sealed partial class TextMetadataExtractor : IMetadataExtractor
{
    private const int HeadLength = 8000;

    public DocumentMetadata Extract(DecodedDocument decoded, IReadOnlyList<Clause> clauses, string fileName)
    {
        var head = Head(decoded);
        var designation = DesignationFinder.Find(decoded.Properties, head, fileName);
        var title = TitleFinder.Find(decoded, head, designation?.Input, designation?.Title);
        var language = LanguageDetector.Detect(Sample(decoded));
        var (edition, editionDate) = EditionFinder.Find(HeaderAndHead(decoded, head));
        var approval = designation is null ? null : PrefaceRelationParser.Parse(head, designation.Canonical).Approvals.FirstOrDefault();
        var flags = new List<ReviewFlag>();
        if (title is not null && language is not ("ru" or "en"))
        {
            flags.Add(new ReviewFlag("title_en", $"the title is in the document's language ({language}); add the English title"));
        }

        return new DocumentMetadata
        {
            Designation = designation is null ? null : Printed(designation.Input),
            Canonical = designation?.Canonical,
            TitleRu = title is not null && IsCyrillic(title) ? title : null,
            TitleEn = title is not null && !IsCyrillic(title) ? title : null,
            Type = designation is null ? DocumentType.Other : DocumentTypes.Of(designation, title),
            Issuer = (designation is null ? null : DocumentTypes.IssuerOf(designation)) ?? approval?.Issuer,
            Jurisdiction = designation?.Jurisdiction,
            Language = language,
            Status = DocumentStatus.Unknown,
            ApprovedOn = designation?.Date ?? approval?.ApprovedOn,
            EffectiveOn = DateFinder.After(head, EffectiveMarker()),
            Edition = edition ?? designation?.Edition,
            EditionDate = editionDate,
            ReviewFlags = flags,
        };
    }

    /// <summary>The first pages' text (up to three pages, or the first blocks of a file without pages).</summary>
    internal static string Head(DecodedDocument decoded)
    {
        var text = new StringBuilder();
        foreach (var block in decoded.Blocks.Where(b => b.Page is null or <= 3))
        {
            text.Append(block.DisplayText).Append('\n');
            if (text.Length > HeadLength)
            {
                break;
            }
        }

        return text.ToString();
    }

    private static string HeaderAndHead(DecodedDocument decoded, string head) =>
        decoded.Properties.TryGetValue("header", out var header) && header is string h ? h + "\n" + head : head;

    private static string Sample(DecodedDocument decoded) =>
        string.Join(' ', decoded.Blocks.Where(b => b.Kind is BlockKind.Paragraph).Take(60).Select(b => b.Text));

    /// <summary>The designation as printed, without an edition note and line breaks ("… N 152-ФЗ").</summary>
    private static string Printed(string input) =>
        string.Join(' ', EditionNote().Replace(input, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsCyrillic(string text) => text.Count(c => c is >= 'А' and <= 'я') > text.Count(char.IsAsciiLetter);

    [GeneratedRegex(@"\((?:в )?ред\.[^)]*\)|\(с изменениями[^)]*\)")]
    private static partial Regex EditionNote();

    [GeneratedRegex(@"(?i)(дата введения|вводится в действие с|введен[аоы]? в действие с|вступа\w+ в силу с|effective date|entra em vigor em)\s*[:—–-]?\s*")]
    private static partial Regex EffectiveMarker();
}
