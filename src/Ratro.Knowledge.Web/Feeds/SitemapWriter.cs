using System.Globalization;
using System.Text;
using System.Xml;

namespace Ratro.Knowledge.Web.Feeds;

/// <summary>Writes a sitemaps.org 0.9 URL set, at most <see cref="MaxUrls"/> addresses (the format's limit).</summary>
public static class SitemapWriter
{
    public const int MaxUrls = 50_000;
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<(string Url, DateTimeOffset? Modified)> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, modified) in urls.Take(MaxUrls))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, url);
                if (modified is { } moment)
                {
                    xml.WriteElementString("lastmod", Namespace, moment.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
