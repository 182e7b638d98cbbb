using System.Globalization;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Dates on the command line are ISO days (YYYY-MM-DD).</summary>
internal static class CliDates
{
    public static DateOnly Parse(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"{option} takes a date as YYYY-MM-DD, not '{text}'.");

    public static string Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
