using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Answers.Questions;

/// <summary>Documents a question names by their titles, and titles so common that they name none.</summary>
public sealed class TitlesTests
{
    private const string Question = "Что требуют гигиенические требования к устройству и эксплуатации ускорителей?";

    private static KnowledgeSnapshot Snapshot(params NormativeDocument[] documents) =>
        new(documents, [], new TermStatistics(), new ConceptLexicon(Ratro.Knowledge.Glossary.Glossary.Empty("none", "none")));

    private static NormativeDocument Document(string designation, string title) =>
        DocumentBuilder.Ru(designation).Title(title).Build();

    [Fact]
    public void A_title_whose_words_are_all_in_the_question_names_its_document()
    {
        var snapshot = Snapshot(
            Document("СанПиН 2.6.1.2573-10", "Гигиенические требования к размещению и эксплуатации ускорителей электронов"),
            Document("СанПиН 2.6.1.1192-03", "Гигиенические требования к устройству и эксплуатации рентгеновских кабинетов"),
            Document("СП 2.6.1.2612-10", "Основные санитарные правила обеспечения радиационной безопасности"));

        var named = Titles.Named("Что требуют гигиенические требования к размещению и эксплуатации ускорителей электронов?", snapshot, AccessLevel.Public);

        Assert.Equal("СанПиН 2.6.1.2573-10", Assert.Single(named).Document.Designation);
    }

    [Fact]
    public void Several_documents_with_matching_titles_are_all_named_up_to_the_limit()
    {
        var documents = Enumerable.Range(1, Titles.MaximumNamed)
            .Select(i => Document($"МУ 2.6.1.{i}-20", "Гигиенические требования к эксплуатации ускорителей"))
            .ToArray();

        var named = Titles.Named(Question, Snapshot(documents), AccessLevel.Public);

        Assert.Equal(documents.Select(d => d.Id).Order(), named.Select(n => n.Document.Id).Order());
    }

    [Fact]
    public void A_title_shared_by_more_documents_than_the_limit_names_none_of_them()
    {
        var documents = Enumerable.Range(1, Titles.MaximumNamed + 1)
            .Select(i => Document($"МУ 2.6.1.{i}-20", "Гигиенические требования к эксплуатации ускорителей"))
            .ToArray();

        Assert.Empty(Titles.Named(Question, Snapshot(documents), AccessLevel.Public));
    }

    [Fact]
    public void Among_many_matching_titles_the_longest_one_still_names_its_document()
    {
        var common = Enumerable.Range(1, Titles.MaximumNamed + 2)
            .Select(i => Document($"МУ 2.6.1.{i}-20", "Гигиенические требования к эксплуатации ускорителей"));
        var specific = Document("СанПиН 2.6.1.9999-20", "Гигиенические требования к устройству и эксплуатации ускорителей");

        var named = Titles.Named(Question, Snapshot([.. common, specific]), AccessLevel.Public);

        Assert.Equal(specific.Id, Assert.Single(named).Document.Id);
    }
}
