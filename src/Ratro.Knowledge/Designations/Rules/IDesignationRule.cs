using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>One family of designations: a pattern over folded text and how a match becomes a <see cref="Designation"/>.</summary>
internal interface IDesignationRule
{
    /// <summary>False for lenient forms ("Publ. 103") accepted only when a whole string is parsed as one designation.</summary>
    bool Scans { get; }

    Regex Pattern { get; }

    /// <summary>Literals one of which every match contains: when a text holds none of them the pattern is not run.</summary>
    IReadOnlyList<string> Literals { get; }

    /// <summary>The designation of a match, or null when the match turns out not to be one.</summary>
    Designation? Build(Match match, RuleContext context);
}
