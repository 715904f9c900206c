package org.alukg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one SHA-256 helper: digests of files, imports, backups and answers, written as lowercase hex. */
public final class Sha256 {
    private Sha256() {}

    /** A new SHA-256 digest, for content read in pieces. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** The hex digest of {@code bytes}. */
    public static String hex(byte[] bytes) { return HexFormat.of().formatHex(digest().digest(bytes)); }

    /** The hex digest of {@code text} as UTF-8. */
    public static String hex(String text) { return hex(text.getBytes(StandardCharsets.UTF_8)); }

    /** Lowercase hex of a finished digest. */
    public static String hexOf(MessageDigest finished) { return HexFormat.of().formatHex(finished.digest()); }
}
