package org.alukg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to what Jetty refuses before any servlet sees it (a malformed request line, headers too large, a URI
 * that does not decode): one line of text with the status, a request id and an access-log line — never Jetty's own
 * page, and never what the request held. Everything that reaches the servlets is answered by
 * {@link org.alukg.http.RequestPipeline}.
 */
final class JettyErrors extends ErrorHandler {
    private static final Logger ACCESS = LoggerFactory.getLogger("alukg.access");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String id = newId();
        response.getHeaders().put("X-Request-Id", id);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        String line = status + " " + reason(status) + "\n";
        ACCESS.info("{} {} {} {} 0ms - {}", request.getMethod(), clip(request.getHttpURI().getPath()), status,
                    line.length(), id);
        response.write(true, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String id = newId();
        fields.put("X-Request-Id", id);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        ACCESS.info("- - {} - 0ms - {}", status, id);
        return ByteBuffer.wrap((status + " " + reason(status) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request: the request does not parse";
            case 414 -> "URI too long";
            case 431 -> "request header fields too large";
            default -> {
                String m = HttpStatus.getMessage(status);
                yield m == null ? "error" : m;
            }
        };
    }

    private static String clip(String path) {
        return path == null ? "-" : path.length() <= 300 ? path : path.substring(0, 300) + "…";
    }

    private static String newId() { return UUID.randomUUID().toString().replace("-", "").substring(0, 16); }
}
