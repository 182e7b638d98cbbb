namespace Ratro.Knowledge.Search.Syntax;

/// <summary>How many of a query's word and phrase groups a match needs, the same in every engine.</summary>
public static class GroupMatching
{
    /// <summary>Groups that must match: all of up to two, then three quarters; 1 when relaxed.</summary>
    public static int MinimumMatch(int groups, bool relaxed) => relaxed ? 1 : groups <= 2 ? groups : groups - (groups / 4);
}
