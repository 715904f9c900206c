package org.alukg.trace;

import java.util.Locale;

import org.alukg.problem.Problem;

/** The formats a trace is written in, with their media types. */
public enum TraceFormat {
    json("application/json"),
    csv("text/csv"),
    graphml("application/graphml+xml"),
    dot("text/vnd.graphviz"),
    svg("image/svg+xml");

    private final String mediaType;

    TraceFormat(String mediaType) { this.mediaType = mediaType; }

    public String mediaType() { return mediaType; }

    static TraceFormat parse(String s) {
        for (TraceFormat f : values())
            if (f.name().equals(s.strip().toLowerCase(Locale.ROOT)) || f.mediaType.equals(s.strip()))
                return f;
        throw Problem.badValue("format", "must be json, csv, graphml, dot or svg", s);
    }
}
