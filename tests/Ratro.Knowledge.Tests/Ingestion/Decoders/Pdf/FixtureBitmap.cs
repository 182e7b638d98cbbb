namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>A small 24-bit BMP with a deterministic gradient, to stand in for a scanned page.</summary>
internal static class FixtureBitmap
{
    public static byte[] Create(int width, int height)
    {
        var stride = ((width * 3) + 3) & ~3;
        var pixels = stride * height;
        var bytes = new byte[54 + pixels];
        using var writer = new BinaryWriter(new MemoryStream(bytes));
        writer.Write((byte)'B');
        writer.Write((byte)'M');
        writer.Write(bytes.Length);
        writer.Write(0);
        writer.Write(54);
        writer.Write(40);
        writer.Write(width);
        writer.Write(height);
        writer.Write((short)1);
        writer.Write((short)24);
        writer.Write(0);
        writer.Write(pixels);
        writer.Write(2835);
        writer.Write(2835);
        writer.Write(0);
        writer.Write(0);
        for (var row = 0; row < height; row++)
        {
            for (var x = 0; x < width; x++)
            {
                writer.Write((byte)(x * 4));
                writer.Write((byte)(row * 5));
                writer.Write((byte)((x + row) * 2));
            }

            writer.Write(new byte[stride - (width * 3)]);
        }

        return bytes;
    }
}
