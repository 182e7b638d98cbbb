namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>Wall and CPU time spent in each ingestion step, summed over a run, in pipeline order.</summary>
internal sealed class StepTimes
{
    private readonly List<StepTime> totals = [];

    public IReadOnlyList<StepTime> Totals => totals;

    public void Add(string step, TimeSpan wall, TimeSpan cpu)
    {
        var index = totals.FindIndex(t => t.Step == step);
        if (index < 0)
        {
            totals.Add(new StepTime(step, wall, cpu));
        }
        else
        {
            totals[index] = totals[index] with { Wall = totals[index].Wall + wall, Cpu = totals[index].Cpu + cpu };
        }
    }
}
