using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Tests.Designations;

/// <summary>
/// Lookup keys of the reference graph: one key for every written form. A key equal to its work key is "undated": it
/// resolves to the latest held edition of the work (for a СанПиН, whose code names one document, that is the document).
/// </summary>
public sealed class DesignationKeysTests
{
    [Theory]
    [InlineData("НРБ-99/2009", "САНПИН 2.6.1.2523-09", "САНПИН 2.6.1.2523-09", true)]
    [InlineData("СанПиН 2.6.1.2523-09", "САНПИН 2.6.1.2523-09", "САНПИН 2.6.1.2523-09", true)]
    [InlineData("IEC 62083:2009", "IEC 62083:2009", "IEC 62083", false)]
    [InlineData("МЭК 62083", "IEC 62083", "IEC 62083", true)]
    [InlineData("ГОСТ Р 50267.0", "ГОСТ Р 50267.0", "ГОСТ Р 50267.0", true)]
    [InlineData("ГОСТ Р 50267.0-92", "ГОСТ Р 50267.0-92", "ГОСТ Р 50267.0", false)]
    [InlineData("Правила  Н-7 ", "ПРАВИЛА Н-7", "ПРАВИЛА Н-7", true)]
    public void Every_written_form_has_one_key(string text, string key, string work, bool undated)
    {
        Assert.Equal((key, work), (DesignationKeys.Key(text), DesignationKeys.WorkKey(text)));
        Assert.Equal(undated, DesignationKeys.IsUndated(text));
    }

    [Theory]
    [InlineData("IAEA TRS-398 (Rev. 1)", "Rev. 1")]
    [InlineData("Федеральный закон № 152-ФЗ (ред. от 08.08.2024)", "ред. от 08.08.2024")]
    [InlineData("IEC 62083:2009", null)]
    public void An_edition_written_into_a_designation_is_kept_apart(string text, string? edition) =>
        Assert.Equal(edition, DesignationKeys.EditionOf(text));

    [Fact]
    public void A_document_answers_to_its_canonical_designation_and_to_its_aliases_as_parsed_and_as_written()
    {
        var names = DesignationKeys.NamesOf("СанПиН 2.6.1.2523-09", "НРБ-99/2009", ["Правила Н-7"]);

        Assert.Equal(
            [("САНПИН 2.6.1.2523-09", DocumentNameKind.Canonical), ("НРБ-99/2009", DocumentNameKind.Alias), ("ПРАВИЛА Н-7", DocumentNameKind.Alias)],
            names);
    }
}
