package org.alukg.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;

/**
 * The picture of a trace: one column per tier from left (upstream) to right (downstream), a box per node with its
 * label linking to its IRI, an arrow per supply link labelled with its products, a dashed line per operator link.
 */
final class TraceSvg {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int BOX_W = 210, BOX_H = 34, GAP_X = 150, GAP_Y = 22, MARGIN = 20, HEADER = 36,
        MAX_LABEL = 30;

    private TraceSvg() {}

    private record Box(double x, double y) {}

    /** The picture of {@code r}; each node links where {@code link} says for its IRI. */
    static void write(TraceResult r, XMLStreamWriter w, UnaryOperator<String> link) throws XMLStreamException {
        Map<String, Box> boxes = new HashMap<>();
        int column = 0, rows = 1;
        for (Map.Entry<Integer, List<String>> tier : r.tiers().entrySet()) {
            int row = 0;
            for (String id : tier.getValue())
                boxes.put(id, new Box(MARGIN + column * (BOX_W + GAP_X), HEADER + MARGIN + row++ * (BOX_H + GAP_Y)));
            rows = Math.max(rows, row);
            column++;
        }
        int width = MARGIN * 2 + Math.max(1, column) * (BOX_W + GAP_X) - GAP_X;
        int height = HEADER + MARGIN * 2 + rows * (BOX_H + GAP_Y);

        w.setDefaultNamespace(SVG);
        w.writeStartElement(SVG, "svg");
        w.writeDefaultNamespace(SVG);
        w.writeAttribute("width", Integer.toString(width));
        w.writeAttribute("height", Integer.toString(height));
        w.writeAttribute("viewBox", "0 0 " + width + " " + height);
        w.writeAttribute("font-family", "Helvetica, Arial, sans-serif");
        element(w, "title", "alukg supply-chain trace");
        w.writeStartElement("style");
        w.writeCharacters(".node rect{fill:#eef4fb;stroke:#2b5c8a;stroke-width:1.2}.start rect{fill:#fde9c8;"
                          + "stroke:#a0620a}.node text{font-size:12px;fill:#10202f}.edge{fill:none;stroke:#56708a;"
                          + "stroke-width:1.2}.operates{stroke-dasharray:4 3;stroke:#999}.edge-label{font-size:10px;"
                          + "fill:#3a4d5e}.tier{font-size:13px;font-weight:bold;fill:#2b5c8a}");
        w.writeEndElement();
        w.writeStartElement("defs");
        w.writeStartElement("marker");
        w.writeAttribute("id", "arrow");
        w.writeAttribute("viewBox", "0 0 10 10");
        w.writeAttribute("refX", "10");
        w.writeAttribute("refY", "5");
        w.writeAttribute("markerWidth", "7");
        w.writeAttribute("markerHeight", "7");
        w.writeAttribute("orient", "auto-start-reverse");
        w.writeEmptyElement("path");
        w.writeAttribute("d", "M 0 0 L 10 5 L 0 10 z");
        w.writeAttribute("fill", "#56708a");
        w.writeEndElement();
        w.writeEndElement();

        column = 0;
        for (Integer tier : r.tiers().keySet()) {
            w.writeStartElement("text");
            w.writeAttribute("class", "tier");
            w.writeAttribute("x", fmt(MARGIN + column++ * (BOX_W + GAP_X)));
            w.writeAttribute("y", fmt(MARGIN + 14));
            w.writeCharacters(tier == 0 ? "tier 0 (start)" : tier < 0 ? "tier " + tier + " (upstream)"
                                                                    : "tier " + tier);
            w.writeEndElement();
        }

        for (TracedEdge e : r.edges()) {
            Box a = boxes.get(e.from()), b = boxes.get(e.to());
            if (a == null || b == null)
                continue;
            boolean operates = "operates".equals(e.kind());
            String d;
            double lx, ly;
            if (operates && a.x == b.x) {
                boolean down = a.y < b.y;
                double x = a.x + BOX_W / 2.0, y1 = down ? a.y + BOX_H : a.y, y2 = down ? b.y : b.y + BOX_H;
                d = "M " + fmt(x) + " " + fmt(y1) + " L " + fmt(x) + " " + fmt(y2);
                lx = x + 4;
                ly = (y1 + y2) / 2;
            } else {
                double x1 = a.x + BOX_W, y1 = a.y + BOX_H / 2.0, x2 = b.x, y2 = b.y + BOX_H / 2.0;
                double bend = Math.max(60, Math.abs(x2 - x1) / 2);
                d = "M " + fmt(x1) + " " + fmt(y1) + " C " + fmt(x1 + bend) + " " + fmt(y1) + ", " + fmt(x2 - bend)
                    + " " + fmt(y2) + ", " + fmt(x2) + " " + fmt(y2);
                lx = (x1 + x2) / 2;
                ly = (y1 + y2) / 2 - 4;
            }
            w.writeStartElement("g");
            w.writeAttribute("class", "link");
            element(w, "title", e.from() + " " + e.kind() + " " + e.to());
            w.writeEmptyElement("path");
            w.writeAttribute("class", operates ? "edge operates" : "edge");
            w.writeAttribute("d", d);
            if (!operates)
                w.writeAttribute("marker-end", "url(#arrow)");
            String label = operates ? "operates"
                : e.products().stream().map(TraceResult.Product::label).collect(Collectors.joining(", "));
            if (!label.isEmpty()) {
                w.writeStartElement("text");
                w.writeAttribute("class", "edge-label");
                w.writeAttribute("x", fmt(lx));
                w.writeAttribute("y", fmt(ly));
                w.writeAttribute("text-anchor", operates ? "start" : "middle");
                w.writeCharacters(shorten(label));
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        for (TracedNode n : r.nodes()) {
            Box b = boxes.get(n.id());
            w.writeStartElement("a");
            w.writeAttribute("href", link.apply(n.id()));
            w.writeStartElement("g");
            w.writeAttribute("class", n.tier() == 0 ? "node start" : "node");
            element(w, "title", n.label() + " — " + n.id());
            w.writeEmptyElement("rect");
            w.writeAttribute("x", fmt(b.x));
            w.writeAttribute("y", fmt(b.y));
            w.writeAttribute("width", Integer.toString(BOX_W));
            w.writeAttribute("height", Integer.toString(BOX_H));
            w.writeAttribute("rx", "6");
            w.writeStartElement("text");
            w.writeAttribute("x", fmt(b.x + 8));
            w.writeAttribute("y", fmt(b.y + BOX_H / 2.0 + 4));
            w.writeCharacters(shorten(n.label()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
