using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Tests.Designations;

public sealed class DesignationParserTests
{
    [Theory]
    [InlineData("2009 года")]
    [InlineData("20 мЗв")]
    public void Parse_refuses_what_is_not_a_designation_and_says_why(string input)
    {
        var error = Assert.Throws<DesignationFormatException>(() => DesignationParser.Parse(input));

        Assert.Equal(input, error.Input);
        Assert.StartsWith($"not a designation: \"{input}\"", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_not_a_designation(string? input)
    {
        Assert.False(DesignationParser.TryParse(input, out var result));
        Assert.Null(result);
        Assert.Throws<DesignationFormatException>(() => DesignationParser.Parse(input));
    }

    [Fact]
    public void The_input_is_kept_as_given()
    {
        const string input = "Федеральным законом от 9 января 1996 г. N 3-ФЗ \"О радиационной безопасности населения\"";

        var designation = DesignationParser.Parse(input);

        Assert.Equal(input, designation.Input);
        Assert.Equal("О радиационной безопасности населения", designation.Title);
        Assert.Equal(new DateOnly(1996, 1, 9), designation.Date);
    }

    [Fact]
    public void Ministry_order_issuers_are_normalized_from_the_table()
    {
        var full = DesignationParser.Parse("приказом Министерства здравоохранения Российской Федерации от 15 ноября 2012 г. N 915н");
        var nominative = DesignationParser.Parse("Приказ Минздрав РФ № 915н");

        Assert.Equal("Минздрава России", full.Issuer);
        Assert.Equal(full.Canonical, nominative.Canonical);
    }

    [Fact]
    public void Gost_work_key_drops_the_year_and_keeps_the_national_prefix()
    {
        var dated = DesignationParser.Parse("ГОСТ Р 50267.0-92");
        var undated = DesignationParser.Parse("ГОСТ Р50267.0");

        Assert.Equal("ГОСТ Р 50267.0", dated.WorkKey);
        Assert.Equal(dated.WorkKey, undated.WorkKey);
        Assert.True(dated.IsDated);
        Assert.False(undated.IsDated);
    }

    [Fact]
    public void Amendments_of_international_standards_are_data()
    {
        var designation = DesignationParser.Parse("IEC 60601-2-1:2009/AMD1:2014");

        Assert.Equal("IEC 60601-2-1:2009", designation.Canonical);
        Assert.Equal("IEC 60601-2-1", designation.WorkKey);
        Assert.Equal("AMD1:2014", designation.Amendment);
    }

    [Fact]
    public void Cfr_sections_know_their_part()
    {
        var section = DesignationParser.Parse("10 CFR 20.1201(a)(1)");

        Assert.Equal("10 CFR Part 20", section.Parent);
        Assert.Equal("20", section.Part);
        Assert.Equal("20.1201(a)(1)", section.Section);
    }

    [Fact]
    public void Amendment_documents_know_their_parent()
    {
        var amendment = DesignationParser.Parse("Изменение N 1 к МУ 2.6.1.3015-12");

        Assert.Equal("МУ 2.6.1.3015-12", amendment.Parent);
    }

    [Fact]
    public void A_slash_adoption_is_identical_and_pinned_to_the_stated_edition()
    {
        var designation = DesignationParser.Parse("ГОСТ Р 58904-2020/ISO/TR 25901-1:2016");

        Assert.Equal(Ratro.Knowledge.Documents.CorrespondenceDegree.Idt, designation.AdoptionDegree);
        Assert.True(designation.Adopts!.IsDated);
    }

    [Fact]
    public void A_parenthesized_adoption_states_its_degree_only_when_printed()
    {
        var unstated = DesignationParser.Parse("ГОСТ 25346-2013 (ISO 286-1:2010)");
        var modified = DesignationParser.Parse("ГОСТ Р 51234-2020 (IEC 60601-1:2005, MOD)");

        Assert.Null(unstated.AdoptionDegree);
        Assert.Equal(Ratro.Knowledge.Documents.CorrespondenceDegree.Mod, modified.AdoptionDegree);
    }
}
