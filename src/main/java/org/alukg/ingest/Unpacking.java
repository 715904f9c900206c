package org.alukg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alukg.config.ImportLimits;

/**
 * The files an import source holds: itself; its content when it is gzip (by its name ending in .gz or by its first
 * bytes); each file of it when it is a zip. Every file is bounded by the {@link ImportLimits}.
 */
final class Unpacking {
    private static final int BUFFER = 1 << 16;

    /**
     * One file to import.
     *
     * @param name       its name: the source's, without .gz, or the zip entry's (without folders)
     * @param size       its size in bytes when known, else -1
     * @param mediaType  the media type the sender gave, or null (never for a zip entry)
     * @param index      0 for the first file of the source, 1 for the second file of a zip …
     * @param rawBytes   how many bytes of the source (compressed) are read so far
     */
    record Unpacked(String name, InputStream stream, long size, String mediaType, int index, LongSupplier rawBytes) {}

    private final ImportLimits limits;

    Unpacking(ImportLimits limits) { this.limits = limits; }

    /** Hands each file of {@code source} in turn to {@code importOne}, and returns what it made of each; none for an empty zip. */
    <R> List<R> each(ImportSource source, Function<Unpacked, R> importOne) throws IOException {
        String name = source.name();
        String lower = name.toLowerCase(Locale.ROOT);
        try (CountingInput raw = new CountingInput(new BufferedInputStream(source.stream(), BUFFER))) {
            raw.mark(4);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            if (lower.endsWith(".gz") || (b0 == 0x1f && b1 == 0x8b)) {
                String inner = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                InputStream in = new BoundedInput(new GZIPInputStream(raw, BUFFER), name, raw::count, limits);
                return List.of(importOne.apply(new Unpacked(inner, in, -1, source.mediaType(), 0, raw::count)));
            }
            if (lower.endsWith(".zip") || (b0 == 'P' && b1 == 'K'))
                return zip(name, raw, importOne);
            InputStream in = new BoundedInput(raw, name, null, limits);
            return List.of(importOne.apply(new Unpacked(name, in, source.size(), source.mediaType(), 0, raw::count)));
        }
    }

    private <R> List<R> zip(String name, CountingInput raw, Function<Unpacked, R> importOne) throws IOException {
        List<R> out = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(raw);
        for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
            if (e.isDirectory())
                continue;
            String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            long before = raw.count();
            InputStream in = new BoundedInput(zip, name + "!" + entry, () -> raw.count() - before, limits);
            out.add(importOne.apply(new Unpacked(entry, in, -1, null, out.size(), raw::count)));
        }
        return out;
    }
}
