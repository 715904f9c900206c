package org.alukg.ingest.format;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A format alukg imports: its name (as given to {@code --format}), the file name endings and media types that
 * select it, and the importer that reads it.
 */
public record ImportFormat(String name, List<String> extensions, List<String> mediaTypes, Supplier<Importer> importer) {
    /** True when {@code fileName} ends with one of this format's extensions (case-insensitive). */
    public boolean matchesFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    /** True when {@code mediaType} (parameters ignored) is one of this format's. */
    public boolean matchesMediaType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaTypes.contains(bare);
    }
}
