package org.alukg.ingest;

import java.nio.file.Path;

/**
 * How to import: the import's name (its id; by default from the file name), the format (by default from the
 * file name or media type), whether bad rows are rejected instead of refusing the whole import, whether an
 * earlier import of the same name is replaced, whether SHACL validation runs, an optional column mapping, who
 * imports, and a progress listener.
 */
public record ImportOptions(String name, String format, boolean skipBadRows, boolean replace, boolean validate,
                            Path mapping, String who, ImportProgress progress) {
    public static ImportOptions defaults(String who) {
        return new ImportOptions(null, null, false, false, true, null, who, ImportProgress.NONE);
    }

    public ImportOptions withName(String n) { return new ImportOptions(n, format, skipBadRows, replace, validate, mapping, who, progress); }
    public ImportOptions withFormat(String f) { return new ImportOptions(name, f, skipBadRows, replace, validate, mapping, who, progress); }
    public ImportOptions withSkipBadRows(boolean b) { return new ImportOptions(name, format, b, replace, validate, mapping, who, progress); }
    public ImportOptions withReplace(boolean b) { return new ImportOptions(name, format, skipBadRows, b, validate, mapping, who, progress); }
    public ImportOptions withValidate(boolean b) { return new ImportOptions(name, format, skipBadRows, replace, b, mapping, who, progress); }
    public ImportOptions withMapping(Path p) { return new ImportOptions(name, format, skipBadRows, replace, validate, p, who, progress); }
    public ImportOptions withProgress(ImportProgress p) { return new ImportOptions(name, format, skipBadRows, replace, validate, mapping, who, p); }
}
