using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>A search hit with the record of the edition it shows.</summary>
public sealed record FoundDocument(DocumentHit Hit, NormativeDocument Record);
