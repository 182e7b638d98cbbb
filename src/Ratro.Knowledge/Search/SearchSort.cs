namespace Ratro.Knowledge.Search;

/// <summary>Order of document hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first; designation matches first of all; in-force editions above superseded ones.</summary>
    Relevance = 0,

    /// <summary>Newest edition date (else effective, else approval date) first.</summary>
    Date,

    /// <summary>By designation, numbers in numeric order.</summary>
    Designation,
}
