using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// Writes the core properties part (docProps/core.xml) under a fixed relationship id: title, subject (the
/// designation), creator, language and dates. Going through the packaging API instead would name the part
/// and its relationship with random ids.
/// </summary>
internal static class DocxCoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WordprocessingDocument package, CorpusSource source, string creator)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("cp", "coreProperties", Cp);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteElementString("dc", "title", Dc, source.Title);
            xml.WriteElementString("dc", "subject", Dc, source.Designation);
            xml.WriteElementString("dc", "creator", Dc, creator);
            xml.WriteElementString("dc", "language", Dc, source.Metadata.Language);
            Date(xml, "created", source.Date);
            Date(xml, "modified", source.Date);
            xml.WriteEndElement();
        }

        stream.Position = 0;
        part.FeedData(stream);
    }

    private static void Date(XmlWriter xml, string name, DateTime value)
    {
        xml.WriteStartElement("dcterms", name, DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
