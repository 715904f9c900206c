package org.alukg.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests no HTTP client library will send as they are, written on a socket. */
public final class RawHttp {
    private RawHttp() {}

    /**
     * Sends only the head of a POST announcing {@code length} bytes to the server on {@code port} of 127.0.0.1, and
     * reads the whole answer (status line, headers and body) as text.
     */
    public static String announce(int port, String path, String type, String auth, long length) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: "
                          + length + "\r\n" + (auth == null ? "" : "Authorization: " + auth + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
