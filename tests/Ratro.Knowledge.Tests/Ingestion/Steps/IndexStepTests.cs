using Microsoft.Extensions.Logging.Abstractions;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Steps;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Ingestion.Steps;

/// <summary>The index step tells every projection of a stored document, unless the request defers projections (bulk load).</summary>
public sealed class IndexStepTests
{
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task Projections_are_told_unless_deferred(bool deferred, int expectedCalls)
    {
        var listener = new CountingListener();
        var step = new IndexStep([listener], NullLogger<IndexStep>.Instance);
        var request = new IngestionRequest { FileName = "mu.md", Content = "x"u8.ToArray(), DeferProjections = deferred };
        var context = new IngestionContext(request) { Document = DocumentBuilder.Ru("МУ 2.6.1.3015-12").Clause("1.1", "Контроль.").Build() };

        var goesOn = await step.ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.True(goesOn);
        Assert.Equal(expectedCalls, listener.Calls.Count);
        Assert.All(listener.Calls, c => Assert.Equal(context.Document.Canonical, c));
        Assert.Empty(context.Warnings);
    }

    private sealed class CountingListener : IDocumentChangeListener
    {
        public List<string> Calls { get; } = [];

        public Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken)
        {
            Calls.Add(canonical);
            return Task.CompletedTask;
        }
    }
}
