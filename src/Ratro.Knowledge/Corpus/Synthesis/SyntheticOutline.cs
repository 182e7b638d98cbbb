using System.Globalization;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// The clause tree of a synthetic document, decided before its text: 20–80 nodes (50 on average) in 2–8
/// numbered sections, with subsections, tables, requirement boxes (IAEA style) and in some documents an
/// annex; now and then a number is skipped, as digests do. Computed from the seed alone, so another
/// document can cite an existing clause of this one.
/// </summary>
internal static class SyntheticOutline
{
    public static IReadOnlyList<OutlineItem> Build(int seed, SyntheticIdentity identity)
    {
        var random = new SyntheticRandom(seed, identity.Index, "outline");
        var total = random.Between(20, 80);
        var annexNodes = total >= 28 && random.Chance(0.4) ? random.Between(3, 6) : 0;
        var main = total - annexNodes;
        var sections = Math.Clamp(main / random.Between(7, 12), 2, 8);
        var items = new List<OutlineItem>(total);
        var tables = 0;
        var requirements = 0;
        for (var s = 1; s <= sections; s++)
        {
            var budget = (main / sections) + (s <= main % sections ? 1 : 0);
            items.Add(new OutlineItem(OutlineKind.Section, Text(s)));
            AddSection(items, random, identity.Family, s, budget - 1, ref tables, ref requirements);
        }

        if (annexNodes > 0)
        {
            AddAnnex(items, random, identity.Family, annexNodes);
        }

        return items;
    }

    private static void AddSection(List<OutlineItem> items, SyntheticRandom random, SyntheticFamily family, int section, int remaining, ref int tables, ref int requirements)
    {
        var number = 0;
        var sectionTables = 0;
        while (remaining > 0)
        {
            if (remaining >= 4 && random.Chance(0.22))
            {
                number += random.Chance(0.05) ? 2 : 1;
                items.Add(new OutlineItem(OutlineKind.Subsection, $"{section}.{number}"));
                var children = Math.Min(remaining - 1, random.Between(2, 4));
                var child = 0;
                for (var c = 0; c < children; c++)
                {
                    child += random.Chance(0.05) ? 2 : 1;
                    items.Add(new OutlineItem(OutlineKind.Clause, $"{section}.{number}.{child}"));
                }

                remaining -= 1 + children;
            }
            else if (sectionTables == 0 && random.Chance(0.12))
            {
                sectionTables++;
                tables++;
                items.Add(new OutlineItem(OutlineKind.Table, family.RomanTables ? Roman(tables) : $"{section}.{sectionTables}"));
                remaining--;
            }
            else if (family.HasRequirements && random.Chance(0.15))
            {
                items.Add(new OutlineItem(OutlineKind.Requirement, Text(++requirements)));
                remaining--;
            }
            else
            {
                number += random.Chance(0.06) ? 2 : 1;
                items.Add(new OutlineItem(OutlineKind.Clause, $"{section}.{number}"));
                remaining--;
            }
        }
    }

    private static void AddAnnex(List<OutlineItem> items, SyntheticRandom random, SyntheticFamily family, int nodes)
    {
        var letter = family.LetteredAnnexes ? SyntheticVocabulary.For(family.Language).AnnexLetters[0] : null;
        items.Add(new OutlineItem(OutlineKind.Annex, letter ?? (family.Language == "ru" ? "1" : "I")));
        var remaining = nodes - 1;
        if (letter is not null && remaining >= 2 && random.Chance(0.3))
        {
            items.Add(new OutlineItem(OutlineKind.Table, $"{letter}.1"));
            remaining--;
        }

        for (var i = 1; i <= remaining; i++)
        {
            items.Add(new OutlineItem(OutlineKind.AnnexItem, letter is null ? Text(i) : $"{letter}.{i}"));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Roman(int value)
    {
        (int Value, string Letters)[] numerals = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (amount, letters) in numerals)
        {
            while (value >= amount)
            {
                text.Append(letters);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
