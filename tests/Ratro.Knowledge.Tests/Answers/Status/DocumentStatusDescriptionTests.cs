using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Answers.Status;

/// <summary>How a status is said, in Russian and English.</summary>
public sealed class DocumentStatusDescriptionTests
{
    private static readonly DateOnly Day = new(2013, 1, 1);

    [Theory]
    [InlineData(DocumentStatus.Withdrawn, false, "ru", "X отменён; заменяющий документ: Y (с 01.01.2013).")]
    [InlineData(DocumentStatus.Superseded, false, "en", "X is superseded; replaced by Y (from 2013-01-01).")]
    [InlineData(DocumentStatus.InForce, true, "ru", "X: действует; частично заменён: Y (с 01.01.2013).")]
    [InlineData(DocumentStatus.InForce, true, "en", "X: in force; partly superseded by Y (from 2013-01-01).")]
    public void The_status_sentence_names_what_replaced_it_and_from_when(DocumentStatus status, bool partial, string language, string sentence)
    {
        var description = new DocumentStatusDescription("X", status, [new StatusLink("Y", Day, partial)], [], null);

        Assert.Equal(sentence, description.StatusSentence("X", language));
        Assert.Equal(partial, description.InForce);
    }

    [Fact]
    public void An_unverified_status_carries_the_record_note()
    {
        var description = new DocumentStatusDescription("X", DocumentStatus.Unknown, [], [], "Не проверено.");

        Assert.Equal("X: статус не проверен. Не проверено.", description.StatusSentence("X", "ru"));
        Assert.Equal("Не проверено.", description.Note("ru"));
        Assert.False(description.InForce);
    }

    [Fact]
    public void A_document_in_force_with_nothing_replacing_it_has_no_note()
    {
        var description = new DocumentStatusDescription("X", DocumentStatus.InForce, [], [new StatusLink("W", null, false)], "Действует.");

        Assert.Null(description.Note("en"));
        Assert.Equal("X: in force.", description.StatusSentence("X", "en"));
    }
}
