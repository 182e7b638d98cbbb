using UglyToad.PdfPig.Content;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Maps page coordinates to reading coordinates for a page whose text runs in <paramref name="Orientation"/>:
/// x grows along the text, y grows towards the top of the upright text.
/// </summary>
internal readonly record struct ReadingFrame(TextOrientation Orientation)
{
    public (double X, double Y) Map(double x, double y) => Orientation switch
    {
        TextOrientation.Rotate180 => (-x, -y),
        TextOrientation.Rotate90 => (-y, x),
        TextOrientation.Rotate270 => (y, -x),
        _ => (x, y),
    };
}
