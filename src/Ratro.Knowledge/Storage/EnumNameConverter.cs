using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>Stores an enum as its snake_case name, so the database reads like the JSON and the CLI.</summary>
internal sealed class EnumNameConverter<T>() : ValueConverter<T, string>(v => EnumNames.ToName(v), s => EnumNames.Parse<T>(s))
    where T : struct, Enum;
