using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>Reads WordprocessingML on/off properties: present without a value means on; "0", "false" and "off" mean off.</summary>
internal static class OnOff
{
    /// <summary>True or false when the element is present, null when it is absent.</summary>
    public static bool? Value(OnOffType? element) =>
        element is null ? null : element.Val?.InnerText is not ("0" or "false" or "off");

    /// <summary>True for an on/off attribute that is present and not "0", "false" or "off".</summary>
    public static bool IsTrue(OnOffValue? attribute) => attribute is not null && attribute.InnerText is not ("0" or "false" or "off");
}
