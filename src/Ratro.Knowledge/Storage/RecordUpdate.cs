using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>An edition's record after a change, and the canonical designation it had before (to update both documents' projections).</summary>
public sealed record RecordUpdate(string PreviousCanonical, NormativeDocument Document);
