using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ratro.Knowledge.Storage;

/// <summary>SQLite cannot order or compare DateTimeOffset text; store UTC ticks instead.</summary>
internal sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    t => new DateTimeOffset(t, TimeSpan.Zero));
