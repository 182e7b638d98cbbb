using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.References;

/// <summary>
/// Draws the page document and its direct neighbours as inline SVG, server-side. The drawing (edges, arrows, the centre)
/// is a group with role="img", named by the SVG's title and described by a desc that says every relation in words. The
/// neighbours are links placed beside that group — an image's children are presentational, so links inside it would be
/// hidden from assistive technology — each a labelled box pointing to the neighbour's page.
/// </summary>
public static class ReferenceGraphSvg
{
    public const int MaxNeighbours = 12;
    private const int Width = 760;
    private const int Height = 420;
    private const int BoxHeight = 28;
    private const int MaxLabel = 30;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(DocumentReferences references, IReadOnlyList<GraphNeighbour> neighbours)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(neighbours);
        var shown = neighbours.Take(MaxNeighbours).ToList();
        var (cx, cy) = (Width / 2.0, Height / 2.0);
        var centre = Box(references.Designation, cx, cy);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"reference-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"group\" aria-labelledby=\"graph-title\" data-testid=\"reference-graph\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"graph-title\">{E(ReferenceText.GraphTitle.Format(references.Designation))}</title>");
        svg.Append("<defs><marker id=\"graph-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
            .Append("<path class=\"graph-arrow\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        svg.Append("<g role=\"img\" aria-labelledby=\"graph-title graph-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"graph-desc\">{E(Description(references.Designation, neighbours))}</desc>");
        var boxes = new List<(GraphNeighbour Node, Rect Box)>();
        for (var i = 0; i < shown.Count; i++)
        {
            var angle = (2 * Math.PI * i / shown.Count) - (Math.PI / 2);
            var box = Box(shown[i].Designation, cx + (Width / 2.0 - 110) * Math.Cos(angle), cy + (Height / 2.0 - 40) * Math.Sin(angle));
            boxes.Add((shown[i], box));
            Edge(svg, centre, box, shown[i]);
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"graph-node graph-centre\" x=\"{F(centre.X)}\" y=\"{F(centre.Y)}\" width=\"{F(centre.W)}\" height=\"{BoxHeight}\" rx=\"6\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"graph-label graph-centre-label\" x=\"{F(cx)}\" y=\"{F(cy + 5)}\" text-anchor=\"middle\">{E(Short(references.Designation))}</text>");
        svg.Append("</g>");
        foreach (var (node, box) in boxes)
        {
            var label = $"<rect class=\"graph-node{(node.Held ? "" : " graph-stub")}\" x=\"{F(box.X)}\" y=\"{F(box.Y)}\" width=\"{F(box.W)}\" height=\"{BoxHeight}\" rx=\"6\"/>" +
                        $"<text class=\"graph-label\" x=\"{F(box.X + box.W / 2)}\" y=\"{F(box.Y + 19)}\" text-anchor=\"middle\">{E(Short(node.Designation))}</text>";
            svg.Append(node.Href is { } href
                ? $"<a class=\"graph-link\" href=\"{E(href)}\" data-designation=\"{E(node.Designation)}\"><title>{E(node.Designation)}</title>{label}</a>"
                : $"<g class=\"graph-unlinked\" data-designation=\"{E(node.Designation)}\"><title>{E(node.Designation)}</title>{label}</g>");
        }

        if (neighbours.Count > shown.Count)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"graph-more\" x=\"8\" y=\"{Height - 8}\">{E(ReferenceText.GraphMore.Format(neighbours.Count - shown.Count))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The relations in words: "СП X: ссылается на A, B; заменяет C".</summary>
    public static string Description(string designation, IReadOnlyList<GraphNeighbour> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var phrases = neighbours
            .SelectMany(n => n.Edges.Select(e => (Verb: ReferenceText.Verb(e.Type, e.Outgoing).ToString(), n.Designation)))
            .GroupBy(p => p.Verb, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {string.Join(", ", g.Select(p => p.Designation).Distinct(StringComparer.Ordinal))}");
        return $"{designation}: {string.Join("; ", phrases)}";
    }

    private static void Edge(StringBuilder svg, Rect centre, Rect box, GraphNeighbour node)
    {
        var (x1, y1) = centre.Border(box.CentreX, box.CentreY);
        var (x2, y2) = box.Border(centre.CentreX, centre.CentreY);
        var outgoing = node.Edges.Any(e => e.Outgoing);
        var incoming = node.Edges.Any(e => !e.Outgoing);
        var markers = (outgoing ? " marker-end=\"url(#graph-arrow)\"" : "") + (incoming ? " marker-start=\"url(#graph-arrow)\"" : "");
        var kind = node.Edges[0].Type.ToString().ToLowerInvariant();
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"graph-edge graph-edge-{kind}\" x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\"{markers}/>");
        var verbs = string.Join("; ", node.Edges.Select(e => ReferenceText.Verb(e.Type, e.Outgoing).ToString()).Distinct(StringComparer.Ordinal));
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"graph-edge-label\" x=\"{F((x1 + x2) / 2)}\" y=\"{F((y1 + y2) / 2 - 4)}\" text-anchor=\"middle\">{E(verbs)}</text>");
    }

    private static Rect Box(string designation, double centreX, double centreY)
    {
        var width = Math.Min(designation.Length, MaxLabel) * 7.2 + 20;
        return new Rect(centreX - width / 2, centreY - BoxHeight / 2.0, width, BoxHeight);
    }

    private static string Short(string text) => text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)] + "…";

    private static string E(string text) => Encoder.Encode(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record Rect(double X, double Y, double W, double H)
    {
        public double CentreX => X + W / 2;

        public double CentreY => Y + H / 2;

        /// <summary>Where the line from the centre towards (x, y) leaves this box.</summary>
        public (double X, double Y) Border(double x, double y)
        {
            var (dx, dy) = (x - CentreX, y - CentreY);
            if (dx == 0 && dy == 0)
            {
                return (CentreX, CentreY);
            }

            var t = Math.Min(dx == 0 ? double.MaxValue : W / 2 / Math.Abs(dx), dy == 0 ? double.MaxValue : H / 2 / Math.Abs(dy));
            return (CentreX + dx * t, CentreY + dy * t);
        }
    }
}
