using Ratro.Knowledge.Corpus.Rendering.Docx;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

public sealed class ClauseNumberingPlannerTests
{
    /// <summary>
    /// Paragraphs ("#" marks a heading) → the list instance and level of each ("-" for a typed number), and
    /// the start overrides of each instance after the first.
    /// </summary>
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "#1. A|1.1. B|1.2. C|#2. D|2.1. E", "1:0 1:1 1:1 1:0 1:1", "" },
        { "#1. A|1.1. B|#2. C|2.3. D|2.4. E|#3. F|3.1. G", "1:0 1:1 1:0 2:1 2:1 3:0 3:1", "2,3|3" },
        { "1.1. A|1.1.1. B|1.2. C", "2:1 2:2 2:1", "1,1" },
        { "#1. A|1.1. B|1.1.4. C|1.1.5. D|1.2. E", "1:0 1:1 2:2 2:2 3:1", "1,1,4|1,2" },
        { "## Статья 1|1. A|2. B|## Статья 2|1. C", "- 1:0 1:0 - 2:0", "1" },
        { "#1. A|А.1. B|100 МэВ — граница|1.1 Без точки", "1:0 - - -", "" },
        { "## Приложение А|А.1. B|#1. A|1.1. B", "- - 1:0 1:1", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plans_automatic_numbers_that_show_the_printed_ones(string paragraphs, string expected, string overrides)
    {
        var planner = new ClauseNumberingPlanner();
        var plans = paragraphs.Split('|').Select(p => p.StartsWith('#') ? planner.Plan(p.TrimStart('#', ' '), true) : planner.Plan(p, false));

        Assert.Equal(expected, string.Join(" ", plans.Select(p => p is null ? "-" : $"{p.NumberingId}:{p.Level}")));
        Assert.Equal(overrides, string.Join("|", planner.Instances.Skip(1).Select(i => string.Join(",", i))));
    }

    [Fact]
    public void A_numbered_paragraph_keeps_the_text_after_its_number()
    {
        var plan = new ClauseNumberingPlanner().Plan("1.1. Нормы применяются к источникам.", false);

        Assert.Equal("Нормы применяются к источникам.", plan!.Text);
    }
}
