package org.alukg.testing;

/**
 * Chromium or its driver is not installed: the message is the whole story (which program, which packages), so the
 * exception carries no stack trace to bury it.
 */
final class MissingChromium extends RuntimeException {
    MissingChromium(String message) { super(message, null, false, false); }
}
