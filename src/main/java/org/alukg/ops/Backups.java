package org.alukg.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.alukg.problem.Problem;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/**
 * A folder of backups, {@code alukg-<time>.nq.gz} each (the time in UTC, so names sort as times do): taking one,
 * listing them newest first, and pruning all but the newest N.
 */
public final class Backups {
    /** The folder's name beside the store folder: {@code var/backups} for the default store {@code var/tdb2}. */
    public static final String FOLDER = "backups";
    private static final String PREFIX = "alukg-", SUFFIX = ".nq.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One backup in the folder: its file, its size, and its manifest (null when it has none that reads). */
    public record Entry(String file, long bytes, BackupManifest manifest) {}

    private final Path folder;

    public Backups(Path folder) { this.folder = folder.toAbsolutePath().normalize(); }

    /** The default folder: {@code backups} beside the store folder, or {@code var/backups} under home for a store in memory. */
    public static Path defaultFolder(Locations locations) {
        if (locations.inMemory())
            return locations.home().resolve(Locations.DEFAULT_DB).resolveSibling(FOLDER);
        Path db = locations.db() == null ? locations.home().resolve(Locations.DEFAULT_DB) : locations.db();
        return db.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** The default folder of the store a server runs on: beside its folder, else as {@link #defaultFolder}. */
    public static Path defaultFolder(Store store, Locations locations) {
        return store.location() != null ? store.location().toAbsolutePath().normalize().resolveSibling(FOLDER)
            : defaultFolder(locations);
    }

    public Path folder() { return folder; }

    /** Takes a backup of {@code store} into a new file of this folder; one at a time, so each has a name of its own. */
    public synchronized Entry take(Store store) {
        Path file = folder.resolve(PREFIX + STAMP.format(Instant.now()) + SUFFIX);
        while (Files.exists(file)) { // two backups in one millisecond: the later one gets the next, so names sort as times do
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Problem.unavailable("interrupted while naming a backup in " + folder, 1);
            }
            file = folder.resolve(PREFIX + STAMP.format(Instant.now()) + SUFFIX);
        }
        BackupManifest m = BackupFile.write(store, file);
        return new Entry(file.toString(), sizeOf(file), m);
    }

    /** The backups in this folder, newest first; none when the folder does not exist. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (Path file : files()) {
            BackupManifest m;
            try {
                m = BackupFile.peek(file);
            } catch (IOException e) {
                m = null;
            }
            out.add(new Entry(file.toString(), sizeOf(file), m));
        }
        return out;
    }

    /** Deletes all but the newest {@code keep} backups; returns the files deleted. */
    public List<String> prune(int keep) {
        if (keep < 1)
            throw Problem.badValue("keep", "must keep at least 1 backup", Integer.toString(keep));
        List<Path> all = files();
        List<String> deleted = new ArrayList<>();
        for (Path file : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(file);
                deleted.add(file.toString());
            } catch (IOException e) {
                throw Problem.internal("cannot delete the backup: " + file + " (" + e.getMessage() + ")", e);
            }
        }
        return deleted;
    }

    /** The backup files, newest first by name. */
    private List<Path> files() {
        if (!Files.isDirectory(folder))
            return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(PREFIX) && n.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw Problem.internal("cannot list the backups in " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
