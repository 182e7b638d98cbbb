using Ratro.Knowledge.Corpus;

namespace Ratro.Knowledge.Tests.Corpus;

public sealed class CorpusFileNamesTests
{
    [Theory]
    [InlineData("СанПиН 2.6.1.2523-09", "санпин_2_6_1_2523_09")]
    [InlineData("IAEA TRS-398", "iaea_trs_398")]
    [InlineData("ESTRO breast CTV delineation guideline (2015)", "estro_breast_ctv_delineation_guideline_2015_")]
    [InlineData("Федеральный закон № 3-ФЗ", "федеральный_закон_3_фз")]
    [InlineData("IEC/TR 60977:2008", "iec_tr_60977_2008")]
    [InlineData("СинтСП 9.9.2.0042-17", "синтсп_9_9_2_0042_17")]
    [InlineData("SYNTH-IEC 90042:2019", "synth_iec_90042_2019")]
    public void The_stem_is_the_lower_case_designation_with_runs_of_other_characters_as_underscores(string designation, string stem) =>
        Assert.Equal(stem, CorpusFileNames.Stem(designation));

    [Fact]
    public async Task Every_corpus_file_is_named_after_its_canonical_designation()
    {
        foreach (var document in await CorpusFiles.AllAsync())
        {
            Assert.Equal(document.FileName, CorpusFileNames.Stem(document.Metadata.Canonical!) + ".md");
        }
    }
}
