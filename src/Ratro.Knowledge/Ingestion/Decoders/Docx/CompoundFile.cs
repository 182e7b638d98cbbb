using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Recognizes an OLE compound file where a .docx was expected. Word saves a password-protected document as a
/// compound file holding an "EncryptedPackage" stream; a Word 97–2003 document holds a "WordDocument" stream.
/// </summary>
internal static class CompoundFile
{
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] WordDocument = Encoding.Unicode.GetBytes("WordDocument");

    public static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

    public static IngestionException Explain(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IndexOf(EncryptedPackage) >= 0)
        {
            return new IngestionException(
                IngestionFailure.EncryptedDocx,
                $"'{fileName}' is a password-protected (encrypted) Word document and cannot be read. "
                + "Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password) and save it again.");
        }

        if (content.IndexOf(WordDocument) >= 0)
        {
            return new IngestionException(
                IngestionFailure.UnknownFormat,
                $"'{fileName}' is a legacy Word 97–2003 document (.doc) with a .docx name; save it as .docx or PDF first.");
        }

        return new IngestionException(
            IngestionFailure.NotAZip,
            $"'{fileName}' is not a Word document: it is an OLE compound file, not the zip package a .docx file must be.");
    }
}
