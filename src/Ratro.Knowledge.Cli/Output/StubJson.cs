using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A referenced document nobody holds, as `ratro refs --stubs --json` prints it.</summary>
internal sealed record StubJson(string Canonical, string? Edition, DateOnly? ActDate, int Documents, int References, string? FirstEvidence, HeldJson FirstEvidenceDocument)
{
    public static StubJson From(ReferenceStub s) =>
        new(s.Canonical, s.Edition, s.ActDate, s.Documents, s.References, s.FirstEvidence, HeldJson.From(s.FirstEvidenceDocument)!);
}
