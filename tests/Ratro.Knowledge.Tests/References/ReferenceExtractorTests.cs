using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Tests.References;

public sealed class ReferenceExtractorTests
{
    [Fact]
    public void A_clause_before_the_document_points_into_it_and_the_span_covers_both()
    {
        const string text = "согласно п. 5.4.1 СанПиН 2.6.1.2523-09 (НРБ-99/2009) медицинское облучение";

        var reference = Assert.Single(ReferenceExtractor.Extract(text));

        Assert.Equal("п. 5.4.1 СанПиН 2.6.1.2523-09 (НРБ-99/2009)", reference.Text);
        Assert.Equal(text.IndexOf("п. 5.4.1", StringComparison.Ordinal), reference.Start);
        Assert.Equal("СанПиН 2.6.1.2523-09", reference.Target!.Canonical);
        Assert.Equal(["5.4.1"], reference.TargetClauses);
        Assert.Equal(RelationType.Cites, reference.Relation);
    }

    [Theory]
    [InlineData("п. 7.12–7.13 СанПиН 2.6.1.1192-03", new[] { "7.12", "7.13" })]
    [InlineData("пунктами 2 - 11 части 1 статьи 6 Федерального закона N 152-ФЗ", new[] { "article:6/1/2", "article:6/1/3", "article:6/1/4", "article:6/1/5", "article:6/1/6", "article:6/1/7", "article:6/1/8", "article:6/1/9", "article:6/1/10", "article:6/1/11" })]
    [InlineData("paras 3.76–3.78 of GSR Part 3", new[] { "3.76", "3.77", "3.78" })]
    [InlineData("(НРБ-99/2009 п. 3.1.3, 5.3.1)", new[] { "3.1.3", "5.3.1" })]
    [InlineData("пп. \"а\" п. 5 НРБ-99/2009", new[] { "5/а" })]
    [InlineData("подпункт \"а\" пункта 5 НРБ-99/2009", new[] { "5/а" })]
    [InlineData("ч. 2 ст. 10 Федерального закона N 152-ФЗ", new[] { "article:10/2" })]
    [InlineData("часть 2.1 статьи 10 Федерального закона N 152-ФЗ", new[] { "article:10/2.1" })]
    [InlineData("Приложение № 4 к СанПиН 2.6.1.1192-03", new[] { "annex:4" })]
    [InlineData("IAEA GSR Part 3, Schedule III", new[] { "schedule:iii" })]
    [InlineData("AAPM TG-142, Table II", new[] { "table:ii" })]
    [InlineData("Annex B of ISO 13485:2016", new[] { "annex:b" })]
    [InlineData("Art. 54 da Norma CNEN NN 3.01", new[] { "article:54" })]
    public void Clause_keys_are_normalized_and_ranges_expanded(string text, string[] keys)
    {
        var reference = Assert.Single(ReferenceExtractor.Extract(text));

        Assert.NotNull(reference.Target);
        Assert.Equal(keys, reference.TargetClauses);
    }

    [Theory]
    [InlineData("в 2009 году доза составила 20 мЗв")]
    [InlineData("энергия 100 МэВ, погрешность 3.1 %")]
    [InlineData("телефон 8-800-555-35-35, с. 15")]
    [InlineData("1) учет доз; 2) контроль")]
    [InlineData("Измерения выполнены в 10 ч. 30 мин.")]
    [InlineData("(Собрание законодательства Российской Федерации, 2005, N 1, ст. 14)")]
    [InlineData("Статья 9. Гигиенические нормативы")]
    public void Numbers_that_are_not_references_are_ignored(string text)
    {
        Assert.Empty(ReferenceExtractor.Extract(text));
    }

    [Fact]
    public void A_clause_reference_without_a_document_points_at_the_text_it_stands_in()
    {
        var references = ReferenceExtractor.Extract("предусмотренных частью 3 настоящей статьи и статьей 22 настоящего Федерального закона");

        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.True(r.IsSelf));
        Assert.Equal((ReferenceScope.EnclosingArticle, "3"), (references[0].Scope, references[0].TargetClauses.Single()));
        Assert.Equal((ReferenceScope.Document, "article:22"), (references[1].Scope, references[1].TargetClauses.Single()));
    }

    [Fact]
    public void The_own_designation_is_dropped_but_clause_references_to_it_are_kept()
    {
        const string text = "Федеральный закон от 27.07.2006 N 152-ФЗ \"О персональных данных\". См. ст. 6 Федерального закона N 152-ФЗ и Федеральный закон N 3-ФЗ.";

        var all = ReferenceExtractor.Extract(text);
        var withoutSelf = ReferenceExtractor.Extract(text, "Федеральный закон № 152-ФЗ");

        Assert.Equal(3, all.Count);
        Assert.Equal(2, withoutSelf.Count);
        Assert.True(withoutSelf[0].IsSelf);
        Assert.Equal(["article:6"], withoutSelf[0].TargetClauses);
        Assert.Equal("Федеральный закон № 3-ФЗ", withoutSelf[1].Target!.Canonical);
    }

    [Fact]
    public void A_document_named_only_by_title_is_kept_as_unresolved()
    {
        var reference = Assert.Single(ReferenceExtractor.Extract("изменения в статьи 6 и 10 Федерального закона \"О персональных данных\""));

        Assert.Null(reference.Target);
        Assert.False(reference.IsSelf);
        Assert.Equal("Федерального закона \"О персональных данных\"", reference.UnresolvedTarget);
        Assert.Equal(["article:6", "article:10"], reference.TargetClauses);
    }

    [Fact]
    public void Chains_listed_together_share_the_document_named_after_them()
    {
        var references = ReferenceExtractor.Extract("в соответствии с частью 4 статьи 45, частью 2 и 3 статьи 47.1 Жилищного кодекса Российской Федерации");

        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal("Жилищный кодекс Российской Федерации", r.Target!.Canonical));
        Assert.Equal(["article:47.1/2", "article:47.1/3"], references[1].TargetClauses);
    }

    [Fact]
    public void Cfr_sections_become_clauses_of_their_part()
    {
        var reference = Assert.Single(ReferenceExtractor.Extract("limits of 10 CFR 20.1201(a)(1)(i) apply"));

        Assert.Equal("10 CFR Part 20", reference.Target!.Canonical);
        Assert.Equal(["20.1201(a)(1)(i)"], reference.TargetClauses);
    }

    [Theory]
    [InlineData("(часть 1 в ред. Федерального закона от 25.07.2011 N 261-ФЗ)", RelationType.Amends)]
    [InlineData("(п. 1.1 введен Федеральным законом от 30.12.2020 N 519-ФЗ)", RelationType.Amends)]
    [InlineData("2. Признать утратившим силу приказ Минстроя России от 25.12.2015 N 937/пр", RelationType.Supersedes)]
    [InlineData("осуществляются в соответствии с Федеральным законом от 22 декабря 2008 года N 262-ФЗ", RelationType.Cites)]
    public void The_relation_hint_follows_the_words_before_the_reference(string text, RelationType expected)
    {
        var reference = ReferenceExtractor.Extract(text).Single(r => r.Target is not null);

        Assert.Equal(expected, reference.Relation);
    }
}
