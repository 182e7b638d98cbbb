using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// A BERT-style ONNX sentence-embedding model from a file: WordPiece tokenization (Microsoft.ML.Tokenizers, the
/// model's <c>vocab.txt</c>), inputs <c>input_ids</c>, <c>attention_mask</c> and (if the model has it)
/// <c>token_type_ids</c>; mean pooling of the first output over real tokens; L2 normalization. Models with another
/// tokenizer (SentencePiece, BPE) or pooling are not supported.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly int maxTokens;
    private readonly bool hasTokenTypes;
    private readonly string outputName;
    private readonly string modelId;

    public OnnxEmbeddingGenerator(string modelPath, string? vocabularyPath, bool lowerCase, int maxTokens)
    {
        var vocabulary = vocabularyPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "vocab.txt");
        if (!File.Exists(modelPath) || !File.Exists(vocabulary))
        {
            throw new SearchEngineException($"Embeddings: the ONNX model '{modelPath}' or its vocabulary '{vocabulary}' does not exist.");
        }

        session = new InferenceSession(modelPath, new SessionOptions { IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount) });
        var inputs = session.InputMetadata.Keys.ToHashSet(StringComparer.Ordinal);
        if (!inputs.Contains("input_ids") || !inputs.Contains("attention_mask"))
        {
            session.Dispose();
            throw new SearchEngineException(
                $"Embeddings: the ONNX model '{modelPath}' takes inputs {string.Join(", ", inputs)}; a BERT-style model with input_ids and attention_mask is needed.");
        }

        hasTokenTypes = inputs.Contains("token_type_ids");
        outputName = session.OutputMetadata.Keys.First();
        Dimensions = session.OutputMetadata[outputName].Dimensions[^1];
        tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = lowerCase });
        this.maxTokens = maxTokens;
        modelId = Path.GetFileNameWithoutExtension(modelPath);
    }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var result = new GeneratedEmbeddings<Embedding<float>>();
        if (texts.Count == 0)
        {
            return Task.FromResult(result);
        }

        var ids = texts.Select(t => tokenizer.EncodeToIds(t, maxTokens, addSpecialTokens: true, out _, out _)).ToList();
        var length = ids.Max(i => i.Count);
        var inputIds = new DenseTensor<long>([texts.Count, length]);
        var mask = new DenseTensor<long>([texts.Count, length]);
        var types = new DenseTensor<long>([texts.Count, length]);
        for (var row = 0; row < ids.Count; row++)
        {
            for (var col = 0; col < ids[row].Count; col++)
            {
                inputIds[row, col] = ids[row][col];
                mask[row, col] = 1;
            }
        }

        var feed = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
        };
        if (hasTokenTypes)
        {
            feed.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", types));
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var outputs = session.Run(feed, [outputName]);
        var hidden = outputs[0].AsTensor<float>();
        for (var row = 0; row < texts.Count; row++)
        {
            result.Add(new Embedding<float>(Pool(hidden, row, ids[row].Count)) { ModelId = modelId });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("onnx", null, modelId, Dimensions)
        : null;

    public void Dispose() => session.Dispose();

    /// <summary>Mean over the real tokens of a [batch, tokens, dims] output (or the row of a [batch, dims] one), normalized.</summary>
    private float[] Pool(Tensor<float> hidden, int row, int tokens)
    {
        var vector = new float[Dimensions];
        if (hidden.Rank == 2)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] = hidden[row, d];
            }
        }
        else
        {
            for (var t = 0; t < tokens; t++)
            {
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += hidden[row, t, d];
                }
            }

            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] /= tokens;
            }
        }

        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return norm == 0 ? vector : vector.Select(x => x / norm).ToArray();
    }
}
