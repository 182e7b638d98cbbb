using System.Collections.Frozen;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>Stems of the words a status question is phrased with; they are not its subject, and they mark the sentences that state a status.</summary>
public static class StatusWords
{
    public static readonly FrozenSet<string> Stems = new[]
    {
        "действует", "действуют", "действующий", "действуют", "силе", "силу", "утратил", "утратили", "отменен", "отменены",
        "отменён", "заменен", "заменены", "заменён", "заменил", "заменили", "замены", "смену", "сменил", "статус", "взамен",
        "пришли", "пришел", "force", "superseded", "supersedes", "replaced", "replaces", "replace", "withdrawn", "repealed",
        "status", "valid", "current", "currently", "still",
    }.Select(Words.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that only name the kind of document a status question is about ("the protocol", "нормы", "правила").</summary>
    public static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "документ", "нормы", "норм", "правила", "правил", "стандарт", "приказ", "закон", "указания", "руководство", "акт", "доклад", "отчет", "публикация",
        "protocol", "act", "standard", "rule", "rules", "regulation", "report", "guide", "guideline", "publication", "code", "law",
        "directive", "order",
    }.Select(Words.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Stems of words that state a status in a clause (replaced, superseded, withdrawn …).</summary>
    public static readonly FrozenSet<string> Statements = new[]
    {
        "заменен", "заменены", "заменил", "заменили", "взамен", "отменен", "отменены", "утратил", "смену", "сменил", "replaced",
        "replaces", "superseded", "supersedes", "withdrawn", "repealed",
    }.Select(Words.Stem).ToFrozenSet(StringComparer.Ordinal);
}
