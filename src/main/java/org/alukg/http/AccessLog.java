package org.alukg.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, on every path: method, path, status, bytes sent, milliseconds, user (or {@code -}), request
 * id. Written to the logger {@code alukg.access}. The query string is left out: it can be long and may hold what a
 * caller would rather not see in a log.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.access");

    private AccessLog() {}

    static void line(String method, String path, int status, long bytes, long millis, String user, String id) {
        if (LOG.isInfoEnabled())
            LOG.info("{} {} {} {} {}ms {} {}", method, clip(path), status, bytes, millis, user == null ? "-" : user, id);
    }

    private static String clip(String path) {
        return path.length() <= 300 ? path : path.substring(0, 300) + "…(" + path.length() + " chars)";
    }
}
