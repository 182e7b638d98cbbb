namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// Dense vectors for hybrid search. Bound from section <c>Embeddings</c>. Nothing is loaded or called unless
/// <see cref="Provider"/> says so.
/// </summary>
public sealed class EmbeddingOptions
{
    /// <summary><c>none</c> (default), <c>minilm</c> (all-MiniLM-L6-v2 shipped in a package; English only),
    /// <c>onnx</c> (a BERT-style ONNX sentence model from <see cref="ModelPath"/>), <c>openai</c> or <c>ollama</c>.</summary>
    public string Provider { get; set; } = "none";

    /// <summary>onnx: the model file.</summary>
    public string? ModelPath { get; set; }

    /// <summary>onnx: the WordPiece vocabulary (<c>vocab.txt</c>); default: <c>vocab.txt</c> beside the model.</summary>
    public string? VocabularyPath { get; set; }

    /// <summary>onnx: lower-case before tokenizing (uncased models).</summary>
    public bool LowerCase { get; set; } = true;

    /// <summary>onnx: the longest input in tokens; longer clauses are cut.</summary>
    public int MaxTokens { get; set; } = 256;

    /// <summary>openai/ollama: the endpoint (<c>http://localhost:11434</c> for Ollama; an OpenAI-compatible base URL).</summary>
    public string? Endpoint { get; set; }

    /// <summary>openai/ollama: the model name.</summary>
    public string? Model { get; set; }

    /// <summary>openai: the API key (prefer the environment variable RATRO_Embeddings__ApiKey).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Languages of clauses (and queries) the model understands: ISO codes, or <c>*</c> for all. Default:
    /// <c>en</c> for minilm, <c>*</c> otherwise. Clauses in other languages are not embedded; queries in them skip vectors.</summary>
    public string? Languages { get; set; }

    /// <summary>Vector size; default: from the model (asked once at start for remote providers).</summary>
    public int? Dimensions { get; set; }

    /// <summary>Seconds to wait for a remote endpoint before failing.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Clauses embedded per call.</summary>
    public int BatchSize { get; set; } = 32;

    public bool Enabled => !string.Equals(Provider, "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>The provider is called over the network (<see cref="TimeoutSeconds"/> applies); local models are not.</summary>
    public bool IsRemote => Provider.ToLowerInvariant() is "openai" or "ollama";

    public IReadOnlySet<string> LanguageSet()
    {
        var text = Languages ?? (string.Equals(Provider, "minilm", StringComparison.OrdinalIgnoreCase) ? "en" : "*");
        return text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
