package com.myhomecontrol.emulation.control;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * Just enough HTTP/1.1 for a plug's requests: a request line, headers, a Content-Length body;
 * answers with a status line, Content-Length and the session cookie.
 */
final class RawHttp {

    private static final int MAX_LINE = 8192;

    private RawHttp() {
    }

    /** The next request on the connection, or null when the client closed it before sending one. */
    static PlugRequest read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("not an HTTP request line: " + requestLine);
        }
        int contentLength = 0;
        String cookie = null;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Integer.parseInt(value);
                case "cookie" -> cookie = value;
                default -> {
                }
            }
        }
        byte[] body = in.readNBytes(contentLength);
        if (body.length < contentLength) {
            throw new EOFException("the body ended after " + body.length + " of " + contentLength + " bytes");
        }
        String target = parts[1];
        int question = target.indexOf('?');
        return new PlugRequest(parts[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? null : target.substring(question + 1), cookie, body);
    }

    /** An HTTP/1.1 answer without "Connection: close": the client may take the connection as reusable. */
    static void write(OutputStream out, PlugResponse response) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status()))
                .append("\r\nContent-Length: ").append(response.body().length).append("\r\n");
        if (response.setCookie() != null) {
            head.append("Set-Cookie: ").append(response.setCookie()).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("the connection ended inside a line");
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("a line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Status";
        };
    }
}
