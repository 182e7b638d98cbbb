using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Corpus.Rendering;

/// <summary>A corpus Markdown document as the renderers see it: its record, its title and its decoded blocks.</summary>
public sealed record CorpusSource
{
    /// <summary>Used when the front matter names no date: renditions must not depend on the clock.</summary>
    public static readonly DateTime FallbackDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public required string FileName { get; init; }

    public required DocumentMetadata Metadata { get; init; }

    /// <summary>The title as the body's first-level heading gives it (the document's own language).</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<DecodedBlock> Blocks { get; init; }

    /// <summary>SHA-256 of the Markdown bytes; seeds the identifiers renditions carry, so equal input gives equal output.</summary>
    public required byte[] ContentHash { get; init; }

    /// <summary>The designation as printed, shown in the title block and the running header.</summary>
    public string Designation => Metadata.Designation ?? Metadata.Canonical ?? "";

    /// <summary>
    /// False when the designation would read as a clause label at the start of the body ("10 CFR Part 20"
    /// reads as clause 10): the title block then leaves it out, and the running header still shows it.
    /// </summary>
    public bool ShowsDesignationInTitleBlock => ClauseLabelParser.Parse(Designation) is null;

    /// <summary>The title in the other language, when the front matter has one that differs from <see cref="Title"/>.</summary>
    public string? OtherTitle
    {
        get
        {
            var other = Metadata.Language == "ru" ? Metadata.TitleEn : Metadata.TitleRu;
            return other is null || string.Equals(other, Title, StringComparison.Ordinal) ? null : other;
        }
    }

    /// <summary>The date renditions carry as creation and modification date: edition, approval or effective date, else a constant.</summary>
    public DateTime Date
    {
        get
        {
            var date = Metadata.EditionDate ?? Metadata.ApprovedOn ?? Metadata.EffectiveOn;
            return date is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : FallbackDate;
        }
    }
}
