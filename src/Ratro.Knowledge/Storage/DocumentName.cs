using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Storage;

/// <summary>
/// One key an edition answers to (see <see cref="DesignationKeys.NamesOf"/>), kept by the store so references resolve by
/// an indexed lookup instead of parsing every record.
/// </summary>
public sealed class DocumentName
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public string Key { get; set; } = "";

    public DocumentNameKind Kind { get; set; }
}
