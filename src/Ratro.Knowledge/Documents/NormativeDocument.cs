namespace Ratro.Knowledge.Documents;

/// <summary>
/// One edition of a normative document: its identity (designation and canonical key), bibliographic
/// record, status, access level, source file and clause tree. Editions of the same document share
/// <see cref="Canonical"/>; exactly one of them is <see cref="IsCurrentEdition"/>.
/// </summary>
public sealed class NormativeDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The designation as printed on the document ("НРБ-99/2009", "ГОСТ Р МЭК 62083—2013").</summary>
    public string Designation { get; set; } = "";

    /// <summary>The canonical designation: the key every reference resolves to ("СанПиН 2.6.1.2523-09").</summary>
    public string Canonical { get; set; } = "";

    /// <summary>
    /// Key of the undated identity ("IEC 62083" for "IEC 62083:2009"), upper-cased; set by the store. Editions of one work
    /// with dated canonical designations share it, so an undated reference finds the latest of them.
    /// </summary>
    public string WorkKey { get; set; } = "";

    /// <summary>Other designations the document is known by (short titles, older numbering).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>URL-safe identifier of the document (all editions), derived from the canonical key.</summary>
    public string Slug { get; set; } = "";

    public string? TitleRu { get; set; }

    public string? TitleEn { get; set; }

    public DocumentType Type { get; set; }

    public string? Issuer { get; set; }

    /// <summary>"RU", "EAEU", "INT", "US", "EU", "BR" …</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>ISO 639-1 code of the text ("ru", "en", "pt").</summary>
    public string Language { get; set; } = "ru";

    public DocumentStatus Status { get; set; }

    /// <summary>When somebody last confirmed <see cref="Status"/>: an ISO date or year-month ("2024-11"); null when not recorded.</summary>
    public string? StatusVerified { get; set; }

    /// <summary>Free text qualifying the status (what is uncertain, which source said so).</summary>
    public string? StatusNote { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public List<string> IcsCodes { get; set; } = [];

    public AccessLevel Access { get; set; }

    /// <summary>Edition label as the document states it ("ред. от 08.08.2024", "Rev. 1", "Edition 4.0").</summary>
    public string? Edition { get; set; }

    /// <summary>Date of the edition, used to order editions.</summary>
    public DateOnly? EditionDate { get; set; }

    public bool IsCurrentEdition { get; set; } = true;

    public SourceFile? Source { get; set; }

    public int PageCount { get; set; }

    public PublicationState State { get; set; }

    /// <summary>A digest written by the association in its own words, not the official text.</summary>
    public bool IsDigest { get; set; }

    /// <summary>Generated for benchmarks; never part of the real corpus.</summary>
    public bool IsSynthetic { get; set; }

    /// <summary>Fields ingestion could not establish, for an editor to review.</summary>
    public List<ReviewFlag> ReviewFlags { get; set; } = [];

    public List<Clause> Clauses { get; set; } = [];

    /// <summary>Relations this edition asserts (its references, its preface, its metadata).</summary>
    public List<DocumentRelation> Relations { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// When this edition's status changed or it became (or stopped being) the current edition of a document that
    /// already had another edition; null when neither happened since it was stored. The status feed reads it.
    /// </summary>
    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>Who published it and when (CMS); null for batch ingestion.</summary>
    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The title in the document's own language, falling back to the other one.</summary>
    public string Title => (Language == "ru" ? TitleRu ?? TitleEn : TitleEn ?? TitleRu) ?? Designation;
}
