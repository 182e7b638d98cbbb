namespace Ratro.Knowledge.References;

/// <summary>
/// Who approved a document and when, from its header: «УТВЕРЖДЕНЫ постановлением Главного государственного санитарного
/// врача Российской Федерации от 07.07.2009 N 47», «УТВЕРЖДЕН И ВВЕДЕН В ДЕЙСТВИЕ Приказом Росстандарта от … N 1285-ст».
/// </summary>
public sealed record ApprovalRecord
{
    /// <summary>The issuer in its normalized genitive form ("Главного государственного санитарного врача РФ", "Росстандарта").</summary>
    public required string Issuer { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approving act's number ("47", "1285-ст"); null when the header names no act.</summary>
    public string? Number { get; init; }

    /// <summary>Canonical designation of the approving act; null when the header names no act.</summary>
    public string? ApprovingCanonical { get; init; }

    public required string Evidence { get; init; }

    public required int Position { get; init; }
}
