package org.alukg.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A map of Québec as a small picture ({@code map.jte}, SVG without script): the province's outline and one marker per
 * place that has a point. Most points are a municipality's, shared by every thing there, so a marker is labelled
 * with the names of its first few things (each a link to its page) and how many more there are; its tooltip names
 * them all. Things a page is about come first in their place's label, and their places are highlighted and drawn
 * last, on top.
 *
 * <p>The outline ({@code quebec-outline.txt}, CC BY 4.0, see {@code quebec-outline-NOTICE.md}) is drawn in a
 * spherical Mercator projection: its western and eastern extremes (79.76° W and 57.10° W) stand 202.74 units apart,
 * which gives the scale, and its southern border, the 45th parallel, lies straight at y = 990.33. With these the
 * northern tip, Cap Wolstenholme at 62.58° N, falls at y = 718.95, where the outline has it (719.36), and the
 * parallels of the outline are straight lines, as Mercator's are. Points are projected with the same formula:
 * {@code x = X0 + S·λ}, {@code y = Y0 − S·ln(tan(π/4 + φ/2))}, λ and φ in radians.
 */
public record QuebecMap(String title, String viewBox, String width, String height, String outline, String credit,
                        String creditX, String creditY, List<Marker> markers) {
    private static final double S = 512.6278;
    private static final double X0 = 1263.2462;
    private static final double Y0 = 1442.1466;
    private static final double LEFT = 540, TOP = 705, WIDTH = 225, HEIGHT = 300, ZOOM = 2;
    private static final String OUTLINE = read("quebec-outline.txt");
    static final String CREDIT = "Outline: @svg-maps/canada (MapSVG), CC BY 4.0";

    /**
     * One place: where it is, the page its dot links to, the first few things there, how many more, and whether one
     * of them belongs to the page's thing.
     *
     * @param names every thing at this place, for the marker's tooltip
     */
    public record Marker(String x, String y, String href, List<Label> labels, String more, String names,
                         boolean highlighted, String labelX) {}

    /** One line of a marker's label: a thing's name, linked to its page, and where the line stands. */
    public record Label(String href, String name, String y) {}

    /** One thing with a point, and its page. */
    record Site(String href, String name, double lon, double lat, boolean highlighted) {}

    private static final int LABELS = 3;
    private static final double LINE = 3.6;
    private static final Comparator<Site> FIRST = Comparator.comparing((Site s) -> !s.highlighted())
        .thenComparing(s -> !s.href().startsWith("/id/site/")).thenComparing(Site::name);

    /** The map of these sites: sites at the same place share one marker, highlighted when one of them is. */
    static QuebecMap of(String title, List<Site> sites) {
        Map<String, List<Site>> places = new LinkedHashMap<>();
        for (Site s : sites)
            places.computeIfAbsent(s.lon() + " " + s.lat(), k -> new ArrayList<>()).add(s);
        List<Marker> plain = new ArrayList<>(), highlighted = new ArrayList<>();
        for (List<Site> here : places.values()) {
            here.sort(FIRST);
            Site first = here.get(0);
            double x = x(first.lon()), y = y(first.lat());
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < Math.min(LABELS, here.size()); i++)
                labels.add(new Label(here.get(i).href(), here.get(i).name(), number(y + 1 + i * LINE)));
            String more = here.size() > LABELS ? "+" + (here.size() - LABELS) : "";
            String names = String.join("; ", here.stream().map(Site::name).toList());
            (first.highlighted() ? highlighted : plain).add(
                new Marker(number(x), number(y), first.href(), List.copyOf(labels), more, names, first.highlighted(), number(x + 2)));
        }
        List<Marker> markers = new ArrayList<>(plain);
        markers.addAll(highlighted);
        return new QuebecMap(title, number(LEFT) + " " + number(TOP) + " " + number(WIDTH) + " " + number(HEIGHT),
                             number(WIDTH * ZOOM), number(HEIGHT * ZOOM), OUTLINE, CREDIT, number(LEFT + 2),
                             number(TOP + HEIGHT - 3), List.copyOf(markers));
    }

    static double x(double lon) { return X0 + S * Math.toRadians(lon); }

    static double y(double lat) { return Y0 - S * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)); }

    private static String number(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static String read(String resource) {
        try (InputStream in = QuebecMap.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing resource: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
