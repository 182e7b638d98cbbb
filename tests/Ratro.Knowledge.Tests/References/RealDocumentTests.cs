using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.References;

/// <summary>The extractor over whole real documents from the shared material (read from DOCX at test time).</summary>
public sealed class RealDocumentTests
{
    private const string Law152 = "Федеральный закон № 152-ФЗ";

    [Fact]
    public void Federal_law_152_references_its_amending_laws_and_its_own_articles()
    {
        var text = DocxText.Read(RepositoryPaths.SharedFile("realdocs/fz_152-fz_2006_red2024.docx"));

        var references = ReferenceExtractor.Extract(text, Law152);

        Assert.DoesNotContain(references, r => r.Target?.Canonical == Law152);
        Assert.Contains(references, r => r.Target?.Canonical == "Федеральный закон № 262-ФЗ" && r.Relation == RelationType.Cites);
        Assert.Contains(references, r => r.Target?.Canonical == "Федеральный закон № 266-ФЗ" && r.Relation == RelationType.Amends);
        Assert.Contains(references, r => r.IsSelf && r.TargetClauses.Contains("article:6/1/11"));
        Assert.Contains(references, r => r.IsSelf && r.Scope == ReferenceScope.EnclosingArticle && r.TargetClauses.SequenceEqual(["2", "2.1"]));
        Assert.DoesNotContain(references, r => r.Text.StartsWith("Статья ", StringComparison.Ordinal) && r.Text.Length < 12);
    }

    [Fact]
    public void Order_44_pr_references_the_housing_code_and_not_gazette_articles()
    {
        var text = DocxText.Read(RepositoryPaths.SharedFile("realdocs/prikaz_minstroy_44pr_2019_red2022.docx"));

        var references = ReferenceExtractor.Extract(text, "Приказ Минстроя России № 44/пр");

        Assert.Contains(references, r => r.Target?.Canonical == "Жилищный кодекс Российской Федерации" && r.TargetClauses.Contains("article:46/1.1"));
        Assert.Contains(references, r => r.Target?.Canonical == "Приказ Минстроя России № 937/пр" && r.Relation == RelationType.Supersedes);
        Assert.DoesNotContain(references, r => r.TargetClauses.Contains("article:14") || r.TargetClauses.Contains("article:4210"));
        Assert.DoesNotContain(references, r => r.Target?.Canonical == "Приказ Минстроя России № 44/пр");
    }
}
