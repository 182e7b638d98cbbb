using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Decides when an edition is in force, for the "in force on date" filter. Given all editions of the document,
/// so a later edition can close an earlier one. The reference graph refines this (supersession dates).
/// </summary>
public interface IValidityResolver
{
    ValidityInterval Resolve(NormativeDocument edition, IReadOnlyList<NormativeDocument> editions);
}
