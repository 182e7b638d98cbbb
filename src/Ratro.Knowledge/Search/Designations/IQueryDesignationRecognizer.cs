namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// Finds document designations in a query, in whatever form a person writes them, and says which indexed
/// documents they name. The engine ranks those documents first and leaves the designation out of the text part.
/// A parser that knows designation grammar can replace the default by resolving its canonical designations and
/// work keys through <see cref="DesignationCatalog.Find"/> and <see cref="DesignationCatalog.FindUndated"/>.
/// </summary>
public interface IQueryDesignationRecognizer
{
    IReadOnlyList<RecognizedDesignation> Recognize(string query, DesignationCatalog catalog);
}
