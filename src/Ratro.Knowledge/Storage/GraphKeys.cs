using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>Fills the lookup keys the reference graph reads by: an edition's work key and names, its relations' end keys.</summary>
internal static class GraphKeys
{
    public static void Assign(NormativeDocument document)
    {
        document.WorkKey = DesignationKeys.WorkKey(document.Canonical);
        foreach (var relation in document.Relations)
        {
            Assign(relation);
        }
    }

    /// <summary>
    /// The end keys of a relation; an edition marker written into the target designation ("IAEA TRS-398 (Rev. 1)") is kept
    /// as the target edition when none was given, so the reference pins that edition.
    /// </summary>
    public static void Assign(DocumentRelation relation)
    {
        relation.SourceKey = DesignationKeys.Key(relation.SourceCanonical);
        relation.TargetKey = DesignationKeys.Key(relation.TargetCanonical);
        relation.TargetEdition ??= DesignationKeys.EditionOf(relation.TargetCanonical);
    }

    public static IEnumerable<DocumentName> Names(NormativeDocument document) =>
        DesignationKeys.NamesOf(document.Canonical, document.Designation, document.Aliases)
            .Select(n => new DocumentName { DocumentId = document.Id, Key = n.Key, Kind = n.Kind });
}
