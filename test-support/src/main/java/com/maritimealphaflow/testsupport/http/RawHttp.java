package com.maritimealphaflow.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for sending what a real client library would tidy up first: a path exactly as
 * written ({@code /api;x/...}, {@code //api}, {@code /%61pi}), any method, a chunked body of any size. One request per
 * connection.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The answer: its status, headers (names in lower case) and body. Status 0 if the server hung up first. */
    public record Response(int status, Map<String, String> headers, String body) {}

    public Response send(String method, String rawPath, Map<String, String> headers, byte[] body) throws IOException {
        String length = body == null ? "" : "Content-Length: " + body.length + "\r\n";
        return exchange(method, rawPath, headers, length, out -> {
            if (body != null) {
                out.write(body);
            }
        });
    }

    /** Sends {@code size} bytes of {@code filler} as a chunked body, stopping early if the server hangs up. */
    public Response sendChunked(String method, String rawPath, Map<String, String> headers, long size, byte filler)
            throws IOException {
        InputStream body = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? filler & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, filler);
                left -= n;
                return n;
            }
        };
        return sendChunked(method, rawPath, headers, body);
    }

    /** Sends the stream as a chunked body (no length given), stopping early if the server hangs up. */
    public Response sendChunked(String method, String rawPath, Map<String, String> headers, InputStream body)
            throws IOException {
        return exchange(method, rawPath, headers, "Transfer-Encoding: chunked\r\n", out -> {
            byte[] chunk = new byte[64 * 1024];
            for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
                if (n > 0) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** One request on a new connection: the head, then the body; the server may hang up part way and still answer. */
    private Response exchange(
            String method, String rawPath, Map<String, String> headers, String framing, BodyWriter body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n");
            head.append("Host: localhost\r\nConnection: close\r\n").append(framing);
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                body.write(out);
                out.flush();
            } catch (SocketException hungUp) {
                // Refused part way: what matters is what the server answered.
            }
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (SocketException reset) {
            // A reset after the answer was sent still leaves the answer readable.
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Response(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int line = chunked.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size =
                    Integer.parseInt(chunked.substring(at, line).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, line + 2, Math.min(chunked.length(), line + 2 + size));
            at = line + 2 + size + 2;
        }
        return body.toString();
    }
}
