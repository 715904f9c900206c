package org.alukg.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/**
 * The files of the pages' interactive map, from the classpath, so that the browser loads no script of another site:
 * {@code /web/map.js} (ours) and {@code /web/leaflet/…}, the few files of Leaflet's distribution it needs, from the
 * Leaflet WebJar (whose version is read from the jar itself).
 */
final class MapAssetServlet extends HttpServlet {
    private static final String LEAFLET_DIST = "/META-INF/resources/webjars/leaflet/" + leafletVersion() + "/dist/";
    private static final Map<String, String> TYPES = Map.of(
        "leaflet.js", "text/javascript;charset=utf-8",
        "leaflet.css", "text/css;charset=utf-8",
        "images/marker-icon.png", "image/png",
        "images/marker-icon-2x.png", "image/png",
        "images/marker-shadow.png", "image/png",
        "images/layers.png", "image/png",
        "images/layers-2x.png", "image/png");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI();
        String resource, type;
        if (path.equals(Routes.MAP_SCRIPT)) {
            resource = "map.js";
            type = "text/javascript;charset=utf-8";
        } else {
            String file = path.startsWith(Routes.LEAFLET) ? path.substring(Routes.LEAFLET.length()) : "";
            type = TYPES.get(file);
            resource = LEAFLET_DIST + file;
        }
        if (type == null)
            throw Problem.notFound("no such file: " + path);
        byte[] body = read(resource);
        res.setContentType(type);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static byte[] read(String resource) {
        try (InputStream in = MapAssetServlet.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing resource: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String leafletVersion() {
        Properties p = new Properties();
        try (InputStream in = MapAssetServlet.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            if (in == null)
                throw new IllegalStateException("the Leaflet WebJar is not on the classpath");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
