using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Tests.Designations;

/// <summary>The traps listed in the designation patterns (section 4), one named test each.</summary>
public sealed class DesignationTrapTests
{
    [Fact]
    public void Gost_iec_60976_2011_is_not_iec_60976_2007()
    {
        var interstate = DesignationParser.Parse("ГОСТ IEC 60976-2011");
        var undatedInterstate = DesignationParser.Parse("ГОСТ IEC 60976");
        var national = DesignationParser.Parse("ГОСТ Р МЭК 60976-99");
        var international = DesignationParser.Parse("IEC 60976:2007");

        Assert.NotEqual(international.WorkKey, interstate.WorkKey);
        Assert.NotEqual(international.WorkKey, undatedInterstate.WorkKey);
        Assert.Equal(interstate.WorkKey, undatedInterstate.WorkKey);
        Assert.NotEqual(national.WorkKey, interstate.WorkKey);
        Assert.Equal(DesignationFamily.Gost, interstate.Family);
        Assert.Equal(DesignationFamily.GostR, national.Family);
        // The designation names the IEC work but not its edition: the 1989 edition is stated only in the preface.
        Assert.Equal("IEC 60976", interstate.Adopts!.Canonical);
        Assert.False(interstate.Adopts.IsDated);
    }

    [Fact]
    public void Nrb_99_nrb_99_2009_and_the_kazakh_nrb_are_three_documents()
    {
        var old = DesignationParser.Parse("НРБ-99");
        var current = DesignationParser.Parse("НРБ-99/2009");
        var kazakh = DesignationParser.Parse("НРБ-99/2009 РК");

        Assert.Equal("СП 2.6.1.758-99", old.Canonical);
        Assert.Equal("СанПиН 2.6.1.2523-09", current.Canonical);
        Assert.Equal(3, new[] { old.Canonical, current.Canonical, kazakh.Canonical }.Distinct().Count());
        Assert.Equal("KZ", kazakh.Jurisdiction);
        Assert.NotEmpty(kazakh.Warnings);
    }

    [Fact]
    public void Osporb_written_with_a_sanpin_prefix_is_accepted_with_a_warning()
    {
        var misprinted = DesignationParser.Parse("СанПиН 2.6.1.2612-10");
        var correct = DesignationParser.Parse("СП 2.6.1.2612-10");

        Assert.Equal(correct.Canonical, misprinted.Canonical);
        Assert.Equal(DesignationFamily.SanitaryRules, misprinted.Family);
        Assert.Empty(correct.Warnings);
        Assert.Single(misprinted.Warnings);
    }

    [Fact]
    public void Sanitary_doctor_decree_numbers_restart_yearly_so_the_date_is_identity()
    {
        var decree2010 = DesignationParser.Parse("Постановление Главного государственного санитарного врача РФ от 18.01.2010 N 3");
        var decree2011 = DesignationParser.Parse("Постановление Главного государственного санитарного врача РФ от 24.01.2011 N 3");
        var undated = DesignationParser.Parse("Постановление Главного государственного санитарного врача РФ N 3");

        Assert.NotEqual(decree2010.Canonical, decree2011.Canonical);
        Assert.Equal(new DateOnly(2010, 1, 18), decree2010.Date);
        Assert.NotEmpty(undated.Warnings);
        Assert.Empty(decree2010.Warnings);
    }

    [Fact]
    public void Aapm_report_number_is_not_the_task_group_number()
    {
        var report100 = DesignationParser.Parse("AAPM Report No. 100");
        var tg100 = DesignationParser.Parse("AAPM TG-100");
        var report67 = DesignationParser.Parse("AAPM Report 67");
        var report46 = DesignationParser.Parse("AAPM Report No. 46");

        Assert.NotEqual(tg100.Canonical, report100.Canonical);
        Assert.Equal(DesignationFamily.AapmReport, report100.Family);
        Assert.Equal("AAPM TG-51", report67.Canonical);
        Assert.Equal("AAPM TG-40", report46.Canonical);
        Assert.NotEmpty(report67.Notes);
    }

    [Theory]
    [InlineData("Федеральный закон от 27.07.2006 N 152-ФЗ (ред. от 08.08.2024)", "Федеральный закон от 27.07.2006 N 152-ФЗ", "ред. от 08.08.2024")]
    [InlineData("Федеральный закон от 09.01.1996 N 3-ФЗ (с изменениями на 14 февраля 2006 года)", "Федеральный закон N 3-ФЗ", "с изменениями на 14 февраля 2006 года")]
    [InlineData("IAEA TRS-398 (Rev. 1)", "IAEA TRS-398", "Rev. 1")]
    [InlineData("IEC 60601-2-1 Edition 4.0 2020-10", "IEC 60601-2-1:2020", "Edition 4.0")]
    public void Edition_markers_are_not_identity(string marked, string plain, string edition)
    {
        var withMarker = DesignationParser.Parse(marked);
        var without = DesignationParser.Parse(plain);

        Assert.Equal(without.Canonical, withMarker.Canonical);
        Assert.Equal(edition, withMarker.Edition);
        Assert.Null(without.Edition);
    }

    [Fact]
    public void An_amendment_suffix_is_not_identity()
    {
        var amended = DesignationParser.Parse("IEC 60601-1:2005+AMD1:2012");

        Assert.Equal("IEC 60601-1:2005", amended.Canonical);
        Assert.Equal("AMD1:2012", amended.Amendment);
    }

    [Theory]
    [InlineData("ГОСТ P 50739-95")]
    [InlineData("ГОСТ Р 50739\u00AD95")]
    [InlineData("ГОСТ Р 50739—95")]
    [InlineData("ГОСТ Р 50739–95")]
    [InlineData("ГОCТ Р 50739-95")]
    public void Ocr_noise_in_scanned_standards_is_normalized(string scanned)
    {
        Assert.Equal("ГОСТ Р 50739-95", DesignationParser.Parse(scanned).Canonical);
    }

    [Fact]
    public void Undated_references_mean_the_latest_edition_and_dated_ones_pin_it()
    {
        var undated = DesignationParser.Parse("IEC 60601-1");
        var dated = DesignationParser.Parse("IEC 60601-2-1:2009");
        var undatedGost = DesignationParser.Parse("ГОСТ Р 50267.0");

        Assert.False(undated.IsDated);
        Assert.Null(undated.Year);
        Assert.True(dated.IsDated);
        Assert.Equal(2009, dated.Year);
        Assert.Equal("IEC 60601-2-1", dated.WorkKey);
        Assert.False(undatedGost.IsDated);
    }
}
