package org.alukg.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The HTML templates of alukg ({@code src/main/jte}), compiled with the code by the jte Maven plugin. Every
 * {@code ${…}} in a template is escaped for where it stands (text, attribute, URL), so data cannot inject markup.
 * Each template takes one model record.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** Renders the template {@code name} (a path under src/main/jte, e.g. {@code org/alukg/http/error.jte}). */
    public static String render(String name, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, model, out);
        return out.toString();
    }
}
