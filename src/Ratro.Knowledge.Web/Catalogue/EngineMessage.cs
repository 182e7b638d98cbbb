using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>The search engine writes its messages as "русский / English"; the visitor reads the half in their language.</summary>
public static class EngineMessage
{
    public const string Separator = " / ";

    public static string Localize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var at = message.IndexOf(Separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        return Cultures.Current == Cultures.English ? message[(at + Separator.Length)..].Trim() : message[..at].Trim();
    }
}
