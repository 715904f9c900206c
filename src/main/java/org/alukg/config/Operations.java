package org.alukg.config;

import java.nio.file.Path;

/**
 * How the server looks after its store: where backups go and how many are kept, and when it compacts the store by
 * itself.
 *
 * @param backupFolder        where backups are written; null for {@code backups} beside the store folder
 *                            ({@code var/backups} for the default store {@code var/tdb2})
 * @param keepBackups         how many backups {@code POST /$/backup} keeps in that folder, newest first; 0 keeps every one
 * @param autoCompactMultiple the server compacts the store when its files take more than this many times their size
 *                            after the last compaction (or at the start); 0 turns that off
 * @param autoCompactCheckSeconds how often the server compares those sizes (only after the data changed)
 */
public record Operations(Path backupFolder, int keepBackups, int autoCompactMultiple, int autoCompactCheckSeconds) {
    public static final int DEFAULT_KEEP_BACKUPS = 10, DEFAULT_AUTO_COMPACT_MULTIPLE = 2, DEFAULT_AUTO_COMPACT_CHECK_SECONDS = 60;

    public Operations {
        if (keepBackups < 0)
            throw new IllegalArgumentException("backups to keep cannot be negative: " + keepBackups);
        if (autoCompactMultiple < 0 || autoCompactMultiple == 1)
            throw new IllegalArgumentException("the auto-compaction multiple is 0 (off) or at least 2: " + autoCompactMultiple);
        if (autoCompactCheckSeconds < 1)
            throw new IllegalArgumentException("the auto-compaction check interval must be at least 1 s: " + autoCompactCheckSeconds);
    }

    public static Operations defaults() {
        return new Operations(null, DEFAULT_KEEP_BACKUPS, DEFAULT_AUTO_COMPACT_MULTIPLE, DEFAULT_AUTO_COMPACT_CHECK_SECONDS);
    }

    public Operations withBackupFolder(Path folder) {
        return new Operations(folder, keepBackups, autoCompactMultiple, autoCompactCheckSeconds);
    }

    public Operations withKeepBackups(int keep) {
        return new Operations(backupFolder, keep, autoCompactMultiple, autoCompactCheckSeconds);
    }

    public Operations withAutoCompactMultiple(int multiple) {
        return new Operations(backupFolder, keepBackups, multiple, autoCompactCheckSeconds);
    }

    public Operations withAutoCompactCheckSeconds(int seconds) {
        return new Operations(backupFolder, keepBackups, autoCompactMultiple, seconds);
    }
}
