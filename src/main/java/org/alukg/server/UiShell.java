package org.alukg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;

/**
 * The query editor (the Fuseki UI) as this server offers it: its start page links one more style sheet, which hides
 * what does not work here — dataset management always (one fixed dataset, no admin operations), and "add data"
 * and "edit" unless writes are on — and one more script ({@code alukg-ui.js}): a badge of a named query with
 * parameters opens a small form for them, and links to our IRIs in the results lead to this server's {@code /id/…}
 * when the public base is not this server.
 */
final class UiShell extends HttpFilter {
    private static final String MARK = "</head>";
    private final boolean writable;
    private final byte[] page;
    private final byte[] script;

    /** {@code base}: the public base of our IRIs, ending in '/'. */
    UiShell(boolean writable, String base) {
        this.writable = writable;
        this.page = startPage();
        this.script = script(base);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (path.equals(Routes.UI_STYLE)) {
            res.setContentType("text/css;charset=utf-8");
            res.setHeader("Cache-Control", "no-cache");
            res.getOutputStream().write(style().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals(Routes.UI_SCRIPT)) {
            res.setContentType("text/javascript;charset=utf-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setContentLength(script.length);
            res.getOutputStream().write(script);
            return;
        }
        if (page == null || !(path.equals("/") || path.equals("/index.html"))) {
            chain.doFilter(req, res);
            return;
        }
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(page.length);
        if (!"HEAD".equals(req.getMethod()))
            res.getOutputStream().write(page);
    }

    /** What the editor hides on this server. */
    String style() {
        StringBuilder css = new StringBuilder("/* alukg: one fixed dataset, no dataset management */\n"
                                              + "a[href^=\"#/manage\"] { display: none !important; }\n"
                                              + "/* the form of a named query's parameters */\n"
                                              + "form.alukg-params { margin: .5rem 0; padding: .5rem; border: 1px solid #ccc; }\n"
                                              + "form.alukg-params label { display: block; margin: .3rem 0; }\n"
                                              + "form.alukg-params .problem { color: #a00; }\n");
        if (!writable)
            css.append("/* read-only: no uploads, no edits */\n")
               .append("a[href$=\"/upload\"], a[href$=\"/edit\"] { display: none !important; }\n");
        return css.toString();
    }

    /** The editor's script, told the public base (as a JSON string, in place of its placeholder). */
    private static byte[] script(String base) {
        try (InputStream in = UiShell.class.getResourceAsStream("alukg-ui.js")) {
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return js.replace("\"__ALUKG_BASE__\"", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(base)
                                                                            .replace("</", "<\\/"))
                     .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the query editor's script", e);
        }
    }

    private static byte[] startPage() {
        try (InputStream in = UiShell.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in == null)
                return null;
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = html.indexOf(MARK);
            if (at < 0)
                return null;
            html = html.substring(0, at) + "<link rel=\"stylesheet\" href=\"" + Routes.UI_STYLE + "\">\n"
                   + "<script src=\"" + Routes.UI_SCRIPT + "\" defer></script>\n" + html.substring(at);
            return html.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the query editor's start page", e);
        }
    }
}
