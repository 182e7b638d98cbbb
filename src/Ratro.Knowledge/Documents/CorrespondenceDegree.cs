namespace Ratro.Knowledge.Documents;

/// <summary>Degree of correspondence of an adoption (ISO/IEC Guide 21-1): identical, modified, not equivalent.</summary>
public enum CorrespondenceDegree
{
    Idt = 0,
    Mod,
    Neq,
}
