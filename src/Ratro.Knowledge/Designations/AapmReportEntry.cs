namespace Ratro.Knowledge.Designations;

/// <summary>An AAPM report number, the task group it reports (null when known not to be a task group of that number), and a note.</summary>
internal sealed record AapmReportEntry(int Report, int? TaskGroup, string Note);
