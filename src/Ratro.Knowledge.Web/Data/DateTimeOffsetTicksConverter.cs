using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ratro.Knowledge.Web.Data;

/// <summary>SQLite cannot order DateTimeOffset text; the site stores UTC ticks, like the document store.</summary>
internal sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    t => new DateTimeOffset(t, TimeSpan.Zero));
