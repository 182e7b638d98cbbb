namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>What an outline item becomes in the Markdown; every kind is one node of the clause tree.</summary>
internal enum OutlineKind
{
    /// <summary>"## 3. Title".</summary>
    Section,

    /// <summary>"### 3.2. Title".</summary>
    Subsection,

    /// <summary>"3.2.1. Text".</summary>
    Clause,

    /// <summary>"Таблица 3.1. Caption" followed by a pipe table.</summary>
    Table,

    /// <summary>"### Requirement 4: Title" followed by its text.</summary>
    Requirement,

    /// <summary>"## Приложение А. Title", "## Annex A — Title".</summary>
    Annex,

    /// <summary>"А.1. Text" or "1. Text" inside an annex.</summary>
    AnnexItem,
}
