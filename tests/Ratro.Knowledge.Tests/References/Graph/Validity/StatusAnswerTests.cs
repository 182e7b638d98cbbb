using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.References.Graph.Validity;

/// <summary>Validity derivation and answers for records written here: each case names the record, the graph around it and the day.</summary>
public sealed class StatusAnswerTests
{
    public enum Case
    {
        WithdrawnOnADay,
        WithdrawnOnAnUnrecordedDayVerifiedLater,
        Draft,
        NeverVerified,
        PartlySuperseded,
        SupersededByADraft,
        SupersededByAnUnheldDocumentOnAStatedDay,
        ReplacedByTheNextEdition,
        SupersededWithNoDayAnywhere,
    }

    [Theory]
    [InlineData(Case.WithdrawnOnADay, "2015-02-28", InForceAnswer.Yes, StatusReason.InForce)]
    [InlineData(Case.WithdrawnOnADay, "2015-03-01", InForceAnswer.No, StatusReason.Withdrawn)]
    [InlineData(Case.WithdrawnOnADay, "2009-12-31", InForceAnswer.No, StatusReason.NotYetInForce)]
    [InlineData(Case.WithdrawnOnAnUnrecordedDayVerifiedLater, "2019-01-01", InForceAnswer.Unknown, StatusReason.EndUnknown)]
    [InlineData(Case.WithdrawnOnAnUnrecordedDayVerifiedLater, "2020-05-31", InForceAnswer.No, StatusReason.EndedByVerification)]
    [InlineData(Case.Draft, "2020-01-01", InForceAnswer.No, StatusReason.Draft)]
    [InlineData(Case.NeverVerified, "2012-01-01", InForceAnswer.Unknown, StatusReason.StatusUnverified)]
    [InlineData(Case.PartlySuperseded, "2021-01-01", InForceAnswer.Yes, StatusReason.InForce)]
    [InlineData(Case.SupersededByADraft, "2021-01-01", InForceAnswer.Yes, StatusReason.InForce)]
    [InlineData(Case.SupersededByAnUnheldDocumentOnAStatedDay, "2018-02-05", InForceAnswer.Yes, StatusReason.InForce)]
    [InlineData(Case.SupersededByAnUnheldDocumentOnAStatedDay, "2018-02-06", InForceAnswer.No, StatusReason.Superseded)]
    [InlineData(Case.ReplacedByTheNextEdition, "2006-01-01", InForceAnswer.No, StatusReason.NextEdition)]
    [InlineData(Case.ReplacedByTheNextEdition, "2004-01-01", InForceAnswer.Yes, StatusReason.InForce)]
    [InlineData(Case.SupersededWithNoDayAnywhere, "2015-01-01", InForceAnswer.Unknown, StatusReason.EndUnknown)]
    public void The_answer_rests_only_on_recorded_days(Case @case, string day, InForceAnswer answer, StatusReason reason)
    {
        var validity = Derive(@case);

        var result = StatusAnswers.AsOf(validity, DateOnly.Parse(day, CultureInfo.InvariantCulture));

        Assert.Equal((answer, reason), (result.Answer, result.Reason));
    }

    [Fact]
    public void A_partial_succession_is_worded_as_such_once_it_applies()
    {
        var validity = Derive(Case.PartlySuperseded);

        var before = StatusAnswers.AsOf(validity, new DateOnly(2019, 1, 1));
        var after = StatusAnswers.AsOf(validity, new DateOnly(2021, 1, 1));

        Assert.DoesNotContain("частично", before.ReasonRu, StringComparison.Ordinal);
        Assert.Contains("частично заменён МУ 2.6.1.0002-20 с 2020-01-01", after.ReasonRu, StringComparison.Ordinal);
        Assert.Contains("partly superseded by МУ 2.6.1.0002-20 from 2020-01-01", after.ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Case.WithdrawnOnADay, "2010-01-01", "2015-03-01")]
    [InlineData(Case.SupersededByAnUnheldDocumentOnAStatedDay, "2010-01-01", "2018-02-06")]
    [InlineData(Case.PartlySuperseded, "2010-01-01", null)]
    public void The_search_interval_runs_from_the_start_to_the_recorded_end(Case @case, string from, string? to)
    {
        var interval = Derive(@case).ToInterval();

        Assert.Equal(new ValidityInterval(Day(from), to is null ? null : Day(to)), interval);
    }

    [Theory]
    [InlineData(Case.WithdrawnOnAnUnrecordedDayVerifiedLater)]
    [InlineData(Case.Draft)]
    [InlineData(Case.SupersededWithNoDayAnywhere)]
    public void A_document_without_a_recorded_end_is_never_matched_by_the_in_force_filter(Case @case) =>
        Assert.Equal(ValidityInterval.Never, Derive(@case).ToInterval());

    private static DerivedValidity Derive(Case @case)
    {
        var record = Record() with { EffectiveOn = Day("2010-01-01") };
        return @case switch
        {
            Case.WithdrawnOnADay => Derive(record with { Status = DocumentStatus.Withdrawn, WithdrawnOn = Day("2015-03-01") }),
            Case.WithdrawnOnAnUnrecordedDayVerifiedLater => Derive(record with { Status = DocumentStatus.Withdrawn, StatusVerified = "2020-05" }),
            Case.Draft => Derive(record with { State = PublicationState.Draft }),
            Case.NeverVerified => Derive(record with { Status = DocumentStatus.Unknown }),
            Case.PartlySuperseded => Derive(record, new Succession("МУ 2.6.1.0002-20", Successor("МУ 2.6.1.0002-20", "2020-01-01"), true, null, null)),
            Case.SupersededByADraft => Derive(record, new Succession("МУ 2.6.1.0002-20", Successor("МУ 2.6.1.0002-20", "2020-01-01") with { State = PublicationState.Draft }, false, null, null)),
            Case.SupersededByAnUnheldDocumentOnAStatedDay => Derive(record, new Succession("Directive 2013/59/Euratom", null, false, Day("2018-02-06"), null)),
            Case.ReplacedByTheNextEdition => ValidityDerivation.Derive(
                Record() with { Status = DocumentStatus.Superseded, EffectiveOn = Day("2001-01-01") },
                [Record() with { Id = Guid.NewGuid(), EffectiveOn = Day("2005-07-01") }],
                []),
            Case.SupersededWithNoDayAnywhere => Derive(record with { Status = DocumentStatus.Superseded }, new Succession("МУ 2.6.1.0002-20", null, false, null, null)),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
    }

    private static DerivedValidity Derive(HeldDocument record, params Succession[] successions) => ValidityDerivation.Derive(record, [record], successions);

    private static HeldDocument Record() => new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-000000000001"),
        Canonical = "МУ 2.6.1.0001-10",
        Designation = "МУ 2.6.1.0001-10",
        WorkKey = "МУ 2.6.1.0001-10",
        Status = DocumentStatus.InForce,
        State = PublicationState.Published,
    };

    private static HeldDocument Successor(string canonical, string effective) =>
        Record() with { Id = Guid.NewGuid(), Canonical = canonical, Designation = canonical, WorkKey = canonical.ToUpperInvariant(), EffectiveOn = Day(effective) };

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
