using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Status;

/// <summary>
/// A document's status for an answer: the status, the documents that replaced it (in whole or in part) and those it
/// replaced, and the record's note. <see cref="Note"/> writes the "superseded by …" sentence in Russian or English.
/// </summary>
public sealed record DocumentStatusDescription(
    string Canonical,
    DocumentStatus Status,
    IReadOnlyList<StatusLink> SupersededBy,
    IReadOnlyList<StatusLink> Supersedes,
    string? RecordNote)
{
    public string StatusName => EnumNames.ToName(Status);

    public bool InForce => Status is DocumentStatus.InForce && SupersededBy.All(s => s.Partial);

    /// <summary>"superseded by X (from 2013-01-01)" / "заменён: X (с 01.01.2013)"; partial supersessions say so; null when nothing replaced it.</summary>
    public string? Note(string language)
    {
        if (SupersededBy.Count == 0)
        {
            return Status is DocumentStatus.Superseded or DocumentStatus.Withdrawn or DocumentStatus.Unknown ? RecordNote : null;
        }

        var whole = SupersededBy.Where(s => !s.Partial).ToList();
        var part = SupersededBy.Where(s => s.Partial).ToList();
        var pieces = new List<string>();
        if (whole.Count > 0)
        {
            pieces.Add((language == "ru" ? "заменён: " : "superseded by ") + string.Join(", ", whole.Select(s => Link(s, language))));
        }

        if (part.Count > 0)
        {
            pieces.Add((language == "ru" ? "частично заменён: " : "partly superseded by ") + string.Join(", ", part.Select(s => Link(s, language))));
        }

        return string.Join("; ", pieces);
    }

    /// <summary>
    /// The status as a sentence about the document named <paramref name="name"/>: "X заменён; заменяющий документ: Y." /
    /// "X is superseded; replaced by Y." / "X действует; частично заменён: Y." / "X: статус не проверен. {note}".
    /// </summary>
    public string StatusSentence(string name, string language)
    {
        var whole = SupersededBy.Where(s => !s.Partial).Select(s => Link(s, language)).ToList();
        var part = SupersededBy.Where(s => s.Partial).Select(s => Link(s, language)).ToList();
        var ru = language == "ru";
        if (whole.Count > 0)
        {
            var state = Status == DocumentStatus.Withdrawn ? (ru ? "отменён" : "withdrawn") : (ru ? "заменён" : "superseded");
            return ru
                ? $"{name} {state}; заменяющий документ: {string.Join(", ", whole)}."
                : $"{name} is {state}; replaced by {string.Join(", ", whole)}.";
        }

        var sentence = ru ? $"{name}: {StatusText(language)}" : $"{name}: {StatusText(language)}";
        if (part.Count > 0)
        {
            sentence += ru ? $"; частично заменён: {string.Join(", ", part)}" : $"; partly superseded by {string.Join(", ", part)}";
        }

        sentence += ".";
        return Status is DocumentStatus.Unknown or DocumentStatus.Superseded or DocumentStatus.Withdrawn && RecordNote is { Length: > 0 } note
            ? $"{sentence} {note}"
            : sentence;
    }

    /// <summary>The status in words: "действует", "заменён", "in force", "superseded" …</summary>
    public string StatusText(string language) => (Status, language) switch
    {
        (DocumentStatus.InForce, "ru") => "действует",
        (DocumentStatus.NotYetInForce, "ru") => "ещё не вступил в силу",
        (DocumentStatus.Superseded, "ru") => "заменён",
        (DocumentStatus.Withdrawn, "ru") => "отменён",
        (DocumentStatus.Draft, "ru") => "проект",
        (DocumentStatus.Unknown, "ru") => "статус не проверен",
        (DocumentStatus.InForce, _) => "in force",
        (DocumentStatus.NotYetInForce, _) => "not yet in force",
        (DocumentStatus.Superseded, _) => "superseded",
        (DocumentStatus.Withdrawn, _) => "withdrawn",
        (DocumentStatus.Draft, _) => "draft",
        _ => "status not verified",
    };

    private static string Link(StatusLink link, string language) =>
        link.From is { } from
            ? language == "ru"
                ? $"{link.Canonical} (с {from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)})"
                : $"{link.Canonical} (from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : link.Canonical;
}
