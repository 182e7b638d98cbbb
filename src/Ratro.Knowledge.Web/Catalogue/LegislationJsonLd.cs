using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// schema.org <c>Legislation</c> for a document page, as JSON for a <c>&lt;script type="application/ld+json"&gt;</c> data
/// block. The encoder escapes &lt;, &gt; and &amp;, so no value can close the element; the data block is not script, and
/// the content security policy does not apply to it.
/// </summary>
public static class LegislationJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Build(NormativeDocument d, Uri pageUrl, bool canRead)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var (title, language) = DocumentDisplay.OwnTitle(d);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["@id"] = pageUrl.ToString(),
            ["url"] = pageUrl.ToString(),
            ["name"] = title,
            ["legislationIdentifier"] = d.Designation,
            ["legislationType"] = Localization.DocumentTypeText.One(d.Type).En,
            ["inLanguage"] = d.Language,
            ["isAccessibleForFree"] = d.Access == AccessLevel.Public,
        };
        if (DocumentDisplay.OtherTitle(d) is { } other)
        {
            json["alternateName"] = new JsonObject { ["@value"] = other.Text, ["@language"] = other.Language };
        }

        if (language != d.Language)
        {
            json["name"] = new JsonObject { ["@value"] = title, ["@language"] = language };
        }

        Add(json, "legislationJurisdiction", d.Jurisdiction);
        Add(json, "legislationDate", Iso(d.ApprovedOn));
        Add(json, "legislationDateVersion", Iso(d.EditionDate));
        Add(json, "version", d.Edition);
        Add(json, "dateModified", d.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(json, "legislationLegalForce", LegalForce(d.Status));
        if (d.Issuer is { } issuer)
        {
            json["legislationPassedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = issuer };
        }

        if (d.IsDigest)
        {
            json["description"] = "RATRO digest: a summary in the association's own words, not the official text.";
        }

        if (!canRead)
        {
            json["isAccessibleForFree"] = false;
        }

        return json.ToJsonString(Options);
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? LegalForce(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "https://schema.org/InForce",
        DocumentStatus.Superseded or DocumentStatus.Withdrawn or DocumentStatus.NotYetInForce => "https://schema.org/NotInForce",
        _ => null,
    };
}
