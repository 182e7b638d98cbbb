using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// The numbering part: one multi-level decimal list ("%1.", "%1.%2.", "%1.%2.%3." …, numbers followed by a
/// space) and one list instance per entry of <see cref="ClauseNumberingPlanner.Instances"/>, with its start overrides.
/// </summary>
internal static class DocxNumbering
{
    public const int AbstractId = 1;

    public static Numbering Create(IReadOnlyList<IReadOnlyList<int>> instances)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = AbstractId };
        for (var level = 0; level < ClauseNumberingPlanner.MaxLevels; level++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = LevelText(level) },
                new LevelSuffix { Val = LevelSuffixValues.Space },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = "0" }))
            {
                LevelIndex = level,
            });
        }

        var numbering = new Numbering(abstractNum);
        for (var i = 0; i < instances.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = AbstractId }) { NumberID = i + 1 };
            for (var level = 0; level < instances[i].Count; level++)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = instances[i][level] }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    /// <summary>"%1.", "%1.%2.", … for level 0, 1, ….</summary>
    public static string LevelText(int level)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= level + 1; i++)
        {
            text.Append('%').Append(i.ToString(CultureInfo.InvariantCulture)).Append('.');
        }

        return text.ToString();
    }
}
