namespace Ratro.Knowledge.Search;

/// <summary>
/// Creates a search engine by name. Register one per engine (<c>services.AddSingleton&lt;ISearchEngineFactory, …&gt;()</c>);
/// configuration <c>Search:Engine</c> chooses among them.
/// </summary>
public interface ISearchEngineFactory
{
    /// <summary>The name configuration uses, lower case (<c>lucene</c>, <c>elasticsearch</c>).</summary>
    string Name { get; }

    ISearchIndex Create(IServiceProvider services);
}
