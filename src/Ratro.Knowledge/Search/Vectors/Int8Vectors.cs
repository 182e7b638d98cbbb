using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>Int8 quantization (one scale per vector: max |x| / 127) and the SIMD int8 dot product (VNNI, AVX2 or <see cref="Vector{T}"/>).</summary>
public static class Int8Vectors
{
    /// <summary>Writes the quantized vector into <paramref name="target"/> and returns its scale.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> target)
    {
        var max = 0f;
        foreach (var x in vector)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var scale = max == 0 ? 1f : max / 127f;
        for (var i = 0; i < vector.Length; i++)
        {
            target[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var n = a.Length;
        var i = 0;
        var sum = 0;
        if (AvxVnni.IsSupported && n >= 32)
        {
            sum = VnniBlocks(a, b, out i);
        }
        else if (Avx2.IsSupported && n >= 32)
        {
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            var acc0 = Vector256<int>.Zero;
            var acc1 = Vector256<int>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                var a0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ra, (nuint)i));
                var b0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref rb, (nuint)i));
                var a1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ra, (nuint)(i + 16)));
                var b1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref rb, (nuint)(i + 16)));
                acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(a0, b0));
                acc1 = Avx2.Add(acc1, Avx2.MultiplyAddAdjacent(a1, b1));
            }

            sum = Vector256.Sum(Avx2.Add(acc0, acc1));
        }
        else if (Vector.IsHardwareAccelerated && n >= Vector<sbyte>.Count)
        {
            var acc = Vector<int>.Zero;
            for (; i + Vector<sbyte>.Count <= n; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(a[i..]), out var alo, out var ahi);
                Vector.Widen(new Vector<sbyte>(b[i..]), out var blo, out var bhi);
                Vector.Widen(alo * blo, out var p0, out var p1);
                Vector.Widen(ahi * bhi, out var p2, out var p3);
                acc += p0 + p1 + p2 + p3;
            }

            sum = Vector.Sum(acc);
        }

        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>
    /// Whole 32-byte blocks with VNNI (<c>vpdpbusd</c> multiplies unsigned by signed bytes): <c>a</c> is shifted into
    /// unsigned range by flipping its sign bit (a + 128), and 128 × Σb, summed by the same instruction, is taken back off.
    /// </summary>
    private static int VnniBlocks(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, out int done)
    {
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var flip = Vector256.Create((byte)0x80);
        var ones = Vector256.Create((byte)1);
        var products = Vector256<int>.Zero;
        var sums = Vector256<int>.Zero;
        var i = 0;
        for (; i + 32 <= a.Length; i += 32)
        {
            var x = Vector256.LoadUnsafe(ref ra, (nuint)i).AsByte() ^ flip;
            var y = Vector256.LoadUnsafe(ref rb, (nuint)i);
            products = AvxVnni.MultiplyWideningAndAdd(products, x, y);
            sums = AvxVnni.MultiplyWideningAndAdd(sums, ones, y);
        }

        done = i;
        return Vector256.Sum(products) - (128 * Vector256.Sum(sums));
    }
}
