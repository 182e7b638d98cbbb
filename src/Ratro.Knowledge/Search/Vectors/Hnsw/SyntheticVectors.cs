namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>
/// Seeded unit vectors for measuring and testing the vector index. <c>random</c>: Gaussian directions, the hardest
/// case for a graph (no structure to exploit). <c>clustered</c>: points scattered around a fixed set of random
/// centres (noise of the same norm as the centre, so a point's cosine to its centre is about 0.7), closer to how
/// text embeddings bunch by topic. The centres depend on <c>seed</c> only; <c>stream</c> picks a different sequence of
/// points around the same centres (queries for stored vectors use the same seed and another stream).
/// </summary>
public sealed class SyntheticVectors
{
    public const string Random = "random";
    public const string Clustered = "clustered";
    private readonly System.Random random;
    private readonly float[][] centres;
    private readonly int dimensions;
    private double spare = double.NaN;

    public SyntheticVectors(string kind, int dimensions, int seed, int stream = 0, int clusters = 1000)
    {
        if (kind is not (Random or Clustered))
        {
            throw new ArgumentException($"vector data '{kind}' is not '{Random}' or '{Clustered}'", nameof(kind));
        }

        this.dimensions = dimensions;
        random = new System.Random(unchecked((seed * 7919) + stream));
        var shape = new System.Random(seed);
        centres = kind == Clustered ? Enumerable.Range(0, clusters).Select(_ => Unit(Gaussian(shape, dimensions, 1))).ToArray() : [];
        spare = double.NaN;
    }

    public float[] Next()
    {
        if (centres.Length == 0)
        {
            return Unit(Gaussian(random, dimensions, 1));
        }

        var centre = centres[random.Next(centres.Length)];
        var noise = Gaussian(random, dimensions, 1 / Math.Sqrt(dimensions));
        for (var i = 0; i < dimensions; i++)
        {
            noise[i] += centre[i];
        }

        return Unit(noise);
    }

    private float[] Gaussian(System.Random source, int length, double sigma)
    {
        var vector = new float[length];
        for (var i = 0; i < length; i++)
        {
            vector[i] = (float)(Normal(source) * sigma);
        }

        return vector;
    }

    private double Normal(System.Random source)
    {
        if (!double.IsNaN(spare))
        {
            var kept = spare;
            spare = double.NaN;
            return kept;
        }

        var radius = Math.Sqrt(-2 * Math.Log(1 - source.NextDouble()));
        var angle = 2 * Math.PI * source.NextDouble();
        spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }

    private static float[] Unit(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }
}
