using Microsoft.Extensions.Logging.Abstractions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;
using static Ratro.Knowledge.Tests.Editing.EditedDocuments;

namespace Ratro.Knowledge.Tests.Editing;

/// <summary>Editorial changes reach the store and, through the change listeners, the search index.</summary>
public sealed class DocumentEditorTests
{
    [Fact]
    public async Task A_metadata_edit_is_stored_indexed_and_settles_the_review_flags_of_the_changed_fields()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9001-24", "Защита персонала при брахитерапии."));
        var store = host.Get<DocumentStore>();
        await store.UpdateRecordAsync(stored.Id, d => d.ReviewFlags = [new ReviewFlag("issuer", "check"), new ReviewFlag("type", "check")], Ct);
        var edit = MetadataEdit.From(stored) with { Issuer = "Минздрав России", TitleEn = "Brachytherapy rooms", Status = DocumentStatus.Superseded, StatusVerified = "2025-03" };

        var result = await host.Get<DocumentEditor>().UpdateMetadataAsync(stored.Id, edit, Ct);

        Assert.Equal(EditOutcome.Done, result.Outcome);
        Assert.Empty(result.Warnings);
        var after = (await store.GetAsync(stored.Id, Ct))!;
        Assert.Equal("Минздрав России", after.Issuer);
        Assert.Equal("Brachytherapy rooms", after.TitleEn);
        Assert.Equal("2025-03", after.StatusVerified);
        Assert.NotNull(after.StatusChangedAt);
        Assert.Equal(["type"], after.ReviewFlags.Select(f => f.Field));
        var index = await host.Get<Ratro.Knowledge.Search.ISearchIndex>().SearchAsync(
            new Ratro.Knowledge.Search.SearchQuery { Filters = new() { Issuers = ["Минздрав России"], Statuses = [DocumentStatus.Superseded] } }, Ct);
        Assert.Equal(stored.Id, Assert.Single(index.Hits).DocumentId);
    }

    [Theory]
    [InlineData("designation", "", "designation")]
    [InlineData("ics", "13.28", "ICS")]
    [InlineData("language", "rus", "language")]
    [InlineData("verified", "2025-13", "status verified")]
    [InlineData("jurisdiction", "ru-1", "jurisdiction")]
    public async Task An_invalid_edit_is_refused_with_the_field_and_changes_nothing(string field, string value, string named)
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9002-24", "Текст пункта."));
        var edit = MetadataEdit.From(stored);
        edit = field switch
        {
            "designation" => edit with { Designation = value },
            "ics" => edit with { IcsCodes = [value] },
            "language" => edit with { Language = value },
            "verified" => edit with { StatusVerified = value },
            _ => edit with { Jurisdiction = value },
        };

        var result = await host.Get<DocumentEditor>().UpdateMetadataAsync(stored.Id, edit, Ct);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.StartsWith(named, result.Error, StringComparison.Ordinal);
        var after = (await host.Get<DocumentStore>().GetAsync(stored.Id, Ct))!;
        Assert.Equal(stored.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task Changing_the_canonical_designation_moves_the_edition_its_slug_and_its_index_entry()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9003-24", "Экранирование процедурной брахитерапии."));
        var edit = MetadataEdit.From(stored) with { Designation = "МУ 2.6.1.9030-24", Canonical = "МУ 2.6.1.9030-24" };

        var result = await host.Get<DocumentEditor>().UpdateMetadataAsync(stored.Id, edit, Ct);

        Assert.Equal(EditOutcome.Done, result.Outcome);
        Assert.Equal(Slugs.ForCanonical("МУ 2.6.1.9030-24"), result.Document!.Slug);
        Assert.Contains("МУ 2.6.1.9003-24", result.Document.Aliases);
        Assert.Equal(["МУ 2.6.1.9030-24"], await PublicHitsAsync(host, "экранирование"));
    }

    [Fact]
    public async Task An_edit_that_would_duplicate_an_edition_is_a_conflict()
    {
        await using var host = await KnowledgeHost.StartAsync();
        await IngestAsync(host, Markdown("МУ 2.6.1.9004-24", "Первая редакция.", edition: "ред. 1"), file: "a.md");
        var second = await IngestAsync(host, Markdown("МУ 2.6.1.9004-24", "Вторая редакция.", edition: "ред. 2"), file: "b.md");

        var result = await host.Get<DocumentEditor>().UpdateMetadataAsync(second.Id, MetadataEdit.From(second) with { Edition = "ред. 1" }, Ct);

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Contains("ред. 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_records_who_and_when_and_shows_the_draft_to_the_public_unpublishing_hides_it_again()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var draft = await IngestAsync(host, Markdown("МУ 2.6.1.9005-24", "Дозиметрический контроль облучателей."), PublicationState.Draft);
        var editor = host.Get<DocumentEditor>();
        Assert.Empty(await PublicHitsAsync(host, "облучателей"));
        Assert.Equal(["МУ 2.6.1.9005-24"], await EditorHitsAsync(host, "облучателей"));

        var published = await editor.PublishAsync(draft.Id, "editor@ratro.test", Ct);

        Assert.Equal(PublicationState.Published, published.Document!.State);
        Assert.Equal("editor@ratro.test", published.Document.PublishedBy);
        Assert.NotNull(published.Document.PublishedAt);
        Assert.Equal(["МУ 2.6.1.9005-24"], await PublicHitsAsync(host, "облучателей"));

        var unpublished = await editor.UnpublishAsync(draft.Id, Ct);

        Assert.Equal(PublicationState.Draft, unpublished.Document!.State);
        Assert.Null(unpublished.Document.PublishedBy);
        Assert.Empty(await PublicHitsAsync(host, "облучателей"));
    }

    [Fact]
    public async Task A_published_new_edition_becomes_current_and_the_change_is_dated()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var first = await IngestAsync(host, Markdown("МУ 2.6.1.9006-24", "Старый текст.", edition: "ред. 2020", extra: "edition_date: 2020-01-01"), file: "a.md");
        var second = await IngestAsync(host, Markdown("МУ 2.6.1.9006-24", "Новый текст.", edition: "ред. 2024", extra: "edition_date: 2024-01-01"), PublicationState.Draft, "b.md");
        var store = host.Get<DocumentStore>();
        Assert.True((await store.GetAsync(first.Id, Ct))!.IsCurrentEdition);
        Assert.Null((await store.GetAsync(first.Id, Ct))!.StatusChangedAt);

        await host.Get<DocumentEditor>().PublishAsync(second.Id, "editor@ratro.test", Ct);

        var now = (await store.GetAsync(second.Id, Ct))!;
        var old = (await store.GetAsync(first.Id, Ct))!;
        Assert.True(now.IsCurrentEdition);
        Assert.False(old.IsCurrentEdition);
        Assert.NotNull(now.StatusChangedAt);
    }

    [Fact]
    public async Task Deleting_removes_the_edition_from_the_store_the_file_store_and_the_index()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9007-24", "Радоновые обследования помещений."));
        var files = host.Get<FileStore>();
        Assert.True(files.Exists(stored.Source!.Sha256, stored.Source.Format));

        var result = await host.Get<DocumentEditor>().DeleteAsync(stored.Id, Ct);

        Assert.Equal(EditOutcome.Done, result.Outcome);
        Assert.Null(await host.Get<DocumentStore>().GetAsync(stored.Id, Ct));
        Assert.False(files.Exists(stored.Source.Sha256, stored.Source.Format));
        Assert.Empty(await EditorHitsAsync(host, "радоновые"));
        Assert.Equal(EditOutcome.NotFound, (await host.Get<DocumentEditor>().DeleteAsync(stored.Id, Ct)).Outcome);
    }

    [Fact]
    public async Task Relations_are_added_as_the_editors_and_removed()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9008-24", "Текст пункта."));
        var editor = host.Get<DocumentEditor>();

        var added = await editor.AddRelationAsync(stored.Id, new RelationEdit(RelationType.Supersedes, " МУ 2.6.1.1000-01 ", TargetClause: "п. 3.1."), Ct);

        var relation = Assert.Single(added.Document!.Relations, r => r.Origin == RelationOrigin.Editor);
        Assert.Equal(("МУ 2.6.1.9008-24", RelationType.Supersedes, "МУ 2.6.1.1000-01", "3.1"), (relation.SourceCanonical, relation.Type, relation.TargetCanonical, relation.TargetClause));

        var removed = await editor.RemoveRelationAsync(stored.Id, relation.Id, Ct);

        Assert.DoesNotContain(removed.Document!.Relations, r => r.Id == relation.Id);
        Assert.Equal(EditOutcome.NotFound, (await editor.RemoveRelationAsync(stored.Id, relation.Id, Ct)).Outcome);
        Assert.Equal(EditOutcome.Invalid, (await editor.AddRelationAsync(stored.Id, new RelationEdit(RelationType.Cites, " "), Ct)).Outcome);
    }

    [Fact]
    public async Task A_failing_listener_is_reported_as_a_warning_and_the_change_stays()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var stored = await IngestAsync(host, Markdown("МУ 2.6.1.9009-24", "Текст пункта."));
        var editor = new DocumentEditor(host.Get<DocumentStore>(), [new FailingListener()], TimeProvider.System, NullLogger<DocumentEditor>.Instance);

        var result = await editor.UnpublishAsync(stored.Id, Ct);

        Assert.Equal(EditOutcome.Done, result.Outcome);
        Assert.Contains(result.Warnings, w => w.Contains("index offline", StringComparison.Ordinal));
        Assert.Equal(PublicationState.Draft, (await host.Get<DocumentStore>().GetAsync(stored.Id, Ct))!.State);
    }

    private sealed class FailingListener : IDocumentChangeListener
    {
        public Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("index offline");
    }
}
