namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>One generated document: its designation, file stem, language, Markdown and the number of clause-tree nodes it was built with.</summary>
public sealed record SyntheticDocument(int Index, string Designation, string FileStem, string Language, string Markdown, int Clauses, bool AsPdf);
