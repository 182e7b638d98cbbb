namespace Ratro.Knowledge.Tests.Search.Vectors;

/// <summary>Seeded random unit vectors (Gaussian components), for vector store tests and measurements.</summary>
public static class RandomVectors
{
    public static float[][] Make(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var v = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                v[d] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            }

            var norm = MathF.Sqrt(v.Sum(x => x * x));
            vectors[i] = v.Select(x => x / norm).ToArray();
        }

        return vectors;
    }

    /// <summary>Indices of the k nearest by exact float cosine.</summary>
    public static int[] Exact(float[][] vectors, float[] query, int k) =>
        vectors.Select((v, i) => (Score: Dot(v, query), Index: i)).OrderByDescending(p => p.Score).Take(k).Select(p => p.Index).ToArray();

    public static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
