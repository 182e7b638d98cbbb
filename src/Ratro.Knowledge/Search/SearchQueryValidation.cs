namespace Ratro.Knowledge.Search;

/// <summary>Checks paging and sizes of a query before any engine runs it.</summary>
public static class SearchQueryValidation
{
    public const int MaxOffset = 10_000;
    public const int MaxClausesPerDocument = 20;

    public static void Check(SearchQuery query, SearchOptions options)
    {
        if (query.Limit < 1 || query.Limit > options.MaxLimit)
        {
            throw new SearchQueryException(
                $"Размер страницы должен быть от 1 до {options.MaxLimit}, а не {query.Limit}. / The page size must be 1–{options.MaxLimit}, not {query.Limit}.");
        }

        if (query.Offset < 0 || query.Offset > MaxOffset)
        {
            throw new SearchQueryException(
                $"Смещение должно быть от 0 до {MaxOffset}, а не {query.Offset}. / The offset must be 0–{MaxOffset}, not {query.Offset}.");
        }

        if (query.ClausesPerDocument < 0 || query.ClausesPerDocument > MaxClausesPerDocument)
        {
            throw new SearchQueryException(
                $"Пунктов на документ — от 0 до {MaxClausesPerDocument}. / Clauses per document must be 0–{MaxClausesPerDocument}.");
        }

        if (query.Filters.YearFrom > query.Filters.YearTo)
        {
            throw new SearchQueryException(
                $"Начальный год {query.Filters.YearFrom} позже конечного {query.Filters.YearTo}. / The first year {query.Filters.YearFrom} is after the last {query.Filters.YearTo}.");
        }
    }
}
