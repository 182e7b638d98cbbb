using System.Globalization;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>
/// Makes the index usable, idempotently: puts the index template (with the Hunspell filter when configured; when the
/// cluster lacks the dictionary, again without it), creates the first concrete index with the alias when there is
/// none, and reads what the live index was built with.
/// </summary>
public sealed class IndexSetup(ServerCalls server, IndexNames names, ElasticsearchOptions options, int vectorDimensions)
{
    private string? hunspellProblem;

    /// <summary>The Hunspell locale the template uses now (null: Snowball only).</summary>
    public string? Locale { get; private set; }

    public async Task<IndexState> EnsureAsync(CancellationToken cancellationToken)
    {
        await PutTemplateAsync(cancellationToken);
        if (!await AliasExistsAsync(cancellationToken))
        {
            await CreateInitialAsync(cancellationToken);
        }

        return await ReadStateAsync(cancellationToken);
    }

    public async Task PutTemplateAsync(CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(options.RussianHunspellLocale) ? null : options.RussianHunspellLocale;
        if (wanted is not null && hunspellProblem is null)
        {
            try
            {
                await PutAsync(wanted, cancellationToken);
                Locale = wanted;
                return;
            }
            catch (SearchEngineException e) when (MentionsHunspell(e))
            {
                hunspellProblem = e.Message;
            }
        }

        await PutAsync(null, cancellationToken);
        Locale = null;
    }

    /// <summary>The indices the alias points at now (none before the first index exists).</summary>
    public async Task<IReadOnlyList<string>> AliasedIndicesAsync(CancellationToken cancellationToken)
    {
        var response = await server.CallAsync(
            $"reading alias '{names.Alias}'", (c, t) => c.Indices.GetAliasAsync(new GetAliasRequest((Elastic.Clients.Elasticsearch.Names)names.Alias), t), cancellationToken, 404);
        return response.IsValidResponse && response.Aliases is { } aliases ? aliases.Keys.Order(StringComparer.Ordinal).ToList() : [];
    }

    public async Task<IndexState> ReadStateAsync(CancellationToken cancellationToken)
    {
        var response = await server.CallAsync(
            $"reading the mappings of '{names.Alias}'", (c, t) => c.Indices.GetMappingAsync(new GetMappingRequest(names.Alias), t), cancellationToken);
        var meta = response.Mappings.Values.FirstOrDefault()?.Mappings?.Meta ?? new Dictionary<string, object>();
        var morphology = meta.TryGetValue("russian", out var russian) ? russian?.ToString() ?? "unknown" : "unknown";
        var dimensions = meta.TryGetValue("vector_dims", out var dims) && int.TryParse(dims?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : 0;
        var schema = meta.TryGetValue("schema", out var version) ? version?.ToString() : null;
        var warnings = new List<string>();
        if (hunspellProblem is not null)
        {
            warnings.Add(
                $"the cluster has no Hunspell dictionary '{options.RussianHunspellLocale}' ({hunspellProblem}); Russian words are stemmed by Snowball, " +
                "which splits some word families. Put the dictionary in config/hunspell/ on every node, restart, and rebuild the index");
        }

        var expected = ClauseIndexTemplate.Morphology(Locale);
        if (morphology != expected)
        {
            warnings.Add($"the index was built with Russian analysis '{morphology}' but the template now gives '{expected}': rebuild the index (ratro reindex)");
        }

        if (schema != ClauseMappings.SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            warnings.Add($"the index has schema version {schema ?? "none"}, this engine writes {ClauseMappings.SchemaVersion}: rebuild the index (ratro reindex)");
        }

        if (dimensions != vectorDimensions && vectorDimensions > 0)
        {
            warnings.Add(
                $"the index holds {dimensions}-dimensional vectors but the embedding model gives {vectorDimensions}: " +
                "vectors are neither written nor searched until the index is rebuilt (ratro reindex)");
        }

        return new IndexState(morphology, dimensions, dimensions == vectorDimensions && vectorDimensions > 0, warnings);
    }

    /// <summary>Deletes every concrete index of the prefix (by name: clusters refuse wildcard deletes) and the template.</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        var found = await server.CallAsync(
            $"listing indices '{names.Pattern}'", (c, t) => c.Indices.GetAsync(new GetIndexRequest(names.Pattern), t), cancellationToken, 404);
        foreach (var index in found.Indices?.Keys ?? Enumerable.Empty<string>())
        {
            await server.CallAsync($"deleting index '{index}'", (c, t) => c.Indices.DeleteAsync(new DeleteIndexRequest(index), t), cancellationToken, 404);
        }

        await server.CallAsync(
            $"deleting the index template '{names.Template}'",
            (c, t) => c.Indices.DeleteIndexTemplateAsync(new DeleteIndexTemplateRequest(names.Template), t),
            cancellationToken,
            404);
    }

    private async Task PutAsync(string? locale, CancellationToken cancellationToken)
    {
        var request = ClauseIndexTemplate.Build(names, options, locale, vectorDimensions);
        await server.CallAsync($"putting the index template '{names.Template}'", (c, t) => c.Indices.PutIndexTemplateAsync(request, t), cancellationToken);
    }

    private async Task<bool> AliasExistsAsync(CancellationToken cancellationToken)
    {
        var response = await server.CallAsync(
            $"checking alias '{names.Alias}'", (c, t) => c.Indices.ExistsAliasAsync(new ExistsAliasRequest(names.Alias), t), cancellationToken, 404);
        return response.Exists;
    }

    private async Task CreateInitialAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var request = WriteRequests.CreateInitial(names);
            var response = await server.CallAsync(
                $"creating index '{names.Initial}'", (c, t) => c.Indices.CreateAsync(request, t), cancellationToken, 400);
            if (response.IsValidResponse)
            {
                return;
            }

            var reason = ServerCalls.Reason(response.ElasticsearchServerError) ?? "no reason given";
            if (response.ElasticsearchServerError?.Error?.Type == "resource_already_exists_exception")
            {
                await server.CallAsync(
                    $"pointing alias '{names.Alias}' at '{names.Initial}'",
                    (c, t) => c.Indices.PutAliasAsync(new PutAliasRequest(names.Initial, names.Alias), t),
                    cancellationToken);
                return;
            }

            if (attempt == 0 && Locale is not null && reason.Contains("hunspell", StringComparison.OrdinalIgnoreCase))
            {
                hunspellProblem = reason;
                await PutTemplateAsync(cancellationToken);
                continue;
            }

            throw new SearchEngineException($"Elasticsearch failed while creating index '{names.Initial}': {reason}.");
        }
    }

    private static bool MentionsHunspell(SearchEngineException e) => e.Message.Contains("hunspell", StringComparison.OrdinalIgnoreCase);
}
