using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Glossary;

namespace Ratro.Knowledge.Web.Terms;

/// <summary>A glossary term as the page shows it, with the document its source names when the visitor may see it.</summary>
public sealed record GlossaryEntry(GlossaryTerm Term, string Headword, string HeadwordLanguage, NormativeDocument? SourceDocument);
