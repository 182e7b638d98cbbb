using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Web.Caching;

/// <summary>Section "OutputCache": how long anonymous document pages are kept (0 turns caching off).</summary>
public sealed class CachingOptions
{
    public const string Section = "OutputCache";

    [Range(0, 86_400)]
    public int Seconds { get; set; } = 60;
}
