namespace Ratro.Knowledge.Designations;

internal static class ListExtensions
{
    public static void AddIfNotNull(this List<string> list, string? item)
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
