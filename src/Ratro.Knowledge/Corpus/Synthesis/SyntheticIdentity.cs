using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>The record of a synthetic document before its text: designation, family, titles, dates, status, access and lineage.</summary>
internal sealed record SyntheticIdentity
{
    public required int Index { get; init; }

    public required string Designation { get; init; }

    public required SyntheticFamily Family { get; init; }

    public required int TitleIndex { get; init; }

    public required DateOnly Approved { get; init; }

    public required DateOnly Effective { get; init; }

    public required DocumentStatus Status { get; init; }

    public required AccessLevel Access { get; init; }

    /// <summary>The designation this document replaces (the previous document of its lineage), when it is a new edition.</summary>
    public string? Supersedes { get; init; }

    /// <summary>When a later document of the set replaced this one: the day it stopped applying.</summary>
    public DateOnly? Withdrawn { get; init; }

    public string? StatusVerified { get; init; }

    public string Language => Family.Language;
}
