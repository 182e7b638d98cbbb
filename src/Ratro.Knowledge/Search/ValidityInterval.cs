namespace Ratro.Knowledge.Search;

/// <summary>
/// The days an edition is in force: [<see cref="From"/>, <see cref="To"/>); a null end is open. An edition that
/// was never in force (a draft) has <see cref="Never"/>.
/// </summary>
public sealed record ValidityInterval(DateOnly? From, DateOnly? To)
{
    public static ValidityInterval Never { get; } = new(DateOnly.MaxValue, DateOnly.MaxValue);

    public static ValidityInterval Always { get; } = new(null, null);

    public bool Contains(DateOnly day) => (From is null || From <= day) && (To is null || day < To);
}
