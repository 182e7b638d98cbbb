using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.References;

public sealed class PrefaceRelationParserTests
{
    [Fact]
    public void An_identical_adoption_is_pinned_to_the_stated_edition()
    {
        const string preface = "4 Настоящий стандарт идентичен международному стандарту МЭК 62083:2009 «Изделия медицинские электрические. "
            + "Требования безопасности к системам планирования лучевой терапии» (IEC 62083:2009, IDT).\n5 ВВЕДЕН ВПЕРВЫЕ";

        var analysis = PrefaceRelationParser.Parse(preface, "ГОСТ Р МЭК 62083-2013");

        var adoption = Assert.Single(analysis.Relations);
        Assert.Equal(("ГОСТ Р МЭК 62083-2013", RelationType.Adopts, "IEC 62083:2009", CorrespondenceDegree.Idt),
            (adoption.SourceCanonical, adoption.Type, adoption.TargetCanonical, adoption.Degree));
        Assert.True(analysis.IntroducedForFirstTime);
    }

    [Theory]
    [InlineData("Настоящий стандарт модифицирован по отношению к международному стандарту IEC 60601-1:2005", CorrespondenceDegree.Mod)]
    [InlineData("Настоящий стандарт неэквивалентен международному стандарту ISO 9001:2008", CorrespondenceDegree.Neq)]
    [InlineData("Стандарт подготовлен на основе (ISO/IEC 27001:2013, IDT)", CorrespondenceDegree.Idt)]
    public void The_degree_of_correspondence_follows_the_statement(string preface, CorrespondenceDegree degree)
    {
        var adoption = Assert.Single(PrefaceRelationParser.Parse(preface, "ГОСТ Р 12345-2020").Relations);

        Assert.Equal(RelationType.Adopts, adoption.Type);
        Assert.Equal(degree, adoption.Degree);
        Assert.Equal(RelationOrigin.Preface, adoption.Origin);
    }

    [Fact]
    public void The_designation_itself_states_a_slash_adoption()
    {
        var adoption = Assert.Single(PrefaceRelationParser.Parse("5 ВВЕДЕН ВПЕРВЫЕ", "ГОСТ Р 58904-2020/ISO/TR 25901-1:2016").Relations);

        Assert.Equal(("ISO/TR 25901-1:2016", CorrespondenceDegree.Idt, RelationOrigin.Metadata), (adoption.TargetCanonical, adoption.Degree, adoption.Origin));
    }

    [Theory]
    [InlineData("5 ВЗАМЕН ГОСТ Р 50267.1-99")]
    [InlineData("5 B3AMEH ГОСТ P 50267.1-99")]
    public void Replacement_is_a_supersession(string preface)
    {
        var supersession = Assert.Single(PrefaceRelationParser.Parse(preface, "ГОСТ IEC 60601-2-1-2011").Relations);

        Assert.Equal((RelationType.Supersedes, "ГОСТ Р 50267.1-99", false), (supersession.Type, supersession.TargetCanonical, supersession.Partial));
        Assert.False(PrefaceRelationParser.Parse(preface, "ГОСТ IEC 60601-2-1-2011").IntroducedForFirstTime);
    }

    [Fact]
    public void Replacement_in_part_is_a_partial_supersession()
    {
        const string preface = "6 ВЗАМЕН ГОСТ 12.1.004-91 в части требований к электробезопасности, ГОСТ Р 50267.0-92";

        var relations = PrefaceRelationParser.Parse(preface, "ГОСТ Р 12345-2020").Relations;

        Assert.Equal(2, relations.Count);
        Assert.True(relations.Single(r => r.TargetCanonical == "ГОСТ 12.1.004-91").Partial);
        Assert.False(relations.Single(r => r.TargetCanonical == "ГОСТ Р 50267.0-92").Partial);
    }

    [Fact]
    public void An_amendment_document_amends_its_parent()
    {
        var relation = Assert.Single(PrefaceRelationParser.Parse("Изменение N 1 к МУ 2.6.1.3015-12", "Изменение 1 к МУ 2.6.1.3015-12").Relations, r => r.Type == RelationType.Amends);

        Assert.Equal(("Изменение 1 к МУ 2.6.1.3015-12", "МУ 2.6.1.3015-12"), (relation.SourceCanonical, relation.TargetCanonical));
    }

    [Fact]
    public void The_approving_decree_is_returned_as_metadata()
    {
        const string header = "УТВЕРЖДЕНЫ\nпостановлением Главного государственного санитарного врача Российской Федерации от 07.07.2009 N 47";

        var analysis = PrefaceRelationParser.Parse(header, "НРБ-99/2009");

        var approval = Assert.Single(analysis.Approvals);
        Assert.Equal("Главного государственного санитарного врача РФ", approval.Issuer);
        Assert.Equal(new DateOnly(2009, 7, 7), approval.ApprovedOn);
        Assert.Equal("47", approval.Number);
        Assert.Empty(analysis.Relations);
    }

    [Fact]
    public void The_approving_order_of_a_standard_names_the_agency()
    {
        const string preface = "3 УТВЕРЖДЕН И ВВЕДЕН В ДЕЙСТВИЕ Приказом Федерального агентства по техническому регулированию и метрологии от 25 октября 2013 г. N 1285-ст";

        var approval = Assert.Single(PrefaceRelationParser.Parse(preface, "ГОСТ IEC 60976-2011").Approvals);

        Assert.Equal(("Росстандарта", "1285-ст", new DateOnly(2013, 10, 25)), (approval.Issuer, approval.Number, approval.ApprovedOn!.Value));
    }

    [Fact]
    public void Items_of_an_amendment_list_without_their_own_head_take_the_kind_of_act_before_them()
    {
        const string header = "(в ред. Приказов Минстроя России от 16.09.2022 N 752/пр, от 01.02.2023 N 60/пр)";

        var sources = PrefaceRelationParser.Parse(header, "Приказ Минстроя России № 44/пр").Relations.Select(r => r.SourceCanonical);

        Assert.Equal(["Приказ Минстроя России № 752/пр", "Приказ Минстроя России № 60/пр"], sources);
    }

    [Fact]
    public void The_amendment_list_of_law_152_yields_one_amends_relation_per_amending_law()
    {
        var text = DocxText.Read(RepositoryPaths.SharedFile("realdocs/fz_152-fz_2006_red2024.docx"));
        var header = text[..text.IndexOf("Статья 1.", StringComparison.Ordinal)];

        var relations = PrefaceRelationParser.Parse(header, "Федеральный закон от 27.07.2006 N 152-ФЗ").Relations;

        Assert.Equal(30, relations.Count);
        Assert.All(relations, r => Assert.Equal((RelationType.Amends, "Федеральный закон № 152-ФЗ"), (r.Type, r.TargetCanonical)));
        Assert.Contains(relations, r => r.SourceCanonical == "Федеральный закон № 266-ФЗ" && r.SourceDate == new DateOnly(2009, 11, 25));
        Assert.Contains(relations, r => r.SourceCanonical == "Федеральный закон № 266-ФЗ" && r.SourceDate == new DateOnly(2022, 7, 14));
        Assert.Contains(relations, r => r.SourceCanonical == "Федеральный закон № 233-ФЗ" && r.SourceDate == new DateOnly(2024, 8, 8));
        Assert.Contains(relations, r => r.SourceCanonical == "Федеральный закон № 359-ФЗ");
    }
}
