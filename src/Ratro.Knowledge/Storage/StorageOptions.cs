using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Storage;

/// <summary>Where the data directory is (database, original files, indexes). Bound from section "Storage".</summary>
public sealed class StorageOptions
{
    /// <summary>Environment variable that overrides <see cref="DataDirectory"/>.</summary>
    public const string DataEnvironmentVariable = "RATRO_DATA";

    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";
}
