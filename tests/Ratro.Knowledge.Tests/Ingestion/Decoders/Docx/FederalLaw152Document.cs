namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>Federal Law 152-ФЗ "О персональных данных", ред. от 08.08.2024, as exported by ConsultantPlus.</summary>
public sealed class FederalLaw152Document() : RealDocumentFixture("fz_152-fz_2006_red2024.docx");
