namespace Ratro.Knowledge.Web.References;

/// <summary>
/// One link of a supersession chain: <see cref="Successor"/> replaces <see cref="Predecessor"/> (in part when
/// <see cref="Partial"/>), from <see cref="On"/> when known. <see cref="SuccessorIsThis"/> and <see cref="PredecessorIsThis"/>
/// mark the page's own document.
/// </summary>
public sealed record ChainStep(
    ReferenceEnd Successor,
    ReferenceEnd Predecessor,
    bool Partial,
    DateOnly? On,
    bool SuccessorIsThis,
    bool PredecessorIsThis);
