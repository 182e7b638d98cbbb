namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>Приказ Минстроя России от 28.01.2019 N 44/пр, ред. от 16.09.2022, as exported by ConsultantPlus.</summary>
public sealed class MinstroyOrder44Document() : RealDocumentFixture("prikaz_minstroy_44pr_2019_red2022.docx");
