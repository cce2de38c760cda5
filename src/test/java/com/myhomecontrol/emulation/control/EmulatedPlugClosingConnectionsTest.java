package com.myhomecontrol.emulation.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plug that serves one request per connection, seen from a raw socket and from a pooling client. */
class EmulatedPlugClosingConnectionsTest {

    private static final TapoCredentials ACCOUNT = new TapoCredentials("home@example.com", "s3cret");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)");

    private EmulatedPlug plug;

    @AfterEach
    void stop() {
        plug.close();
    }

    @Test
    void aSecondRequestOnTheConnectionGetsNoBytes() throws IOException {
        plug = start(settings().closingConnections());
        try (Socket socket = connect()) {
            String first = exchange(socket);

            assertTrue(first.startsWith("HTTP/1.1 200 "), first);
            assertFalse(first.toLowerCase().contains("connection: close"), "the plug promises nothing, as a pooling client reads it");
            socket.getOutputStream().write(handshake1());
            assertEquals(-1, socket.getInputStream().read());
        }
        assertEquals(1, plug.connectionsClosedUnanswered());
        assertEquals(1, plug.handshakes(), "the second handshake1 never reached the plug's endpoint");
    }

    @Test
    void aClientReusingItsPooledConnectionFailsEveryTime() throws Exception {
        plug = start(settings().closingConnections());
        for (int attempt = 1; attempt <= 3; attempt++) {
            KlapTestClient client = new KlapTestClient(plug.host(), ACCOUNT.username(), ACCOUNT.password());
            assertEquals(200, client.handshake1().statusCode());
            IOException failure = assertThrows(IOException.class, client::handshake2, "attempt " + attempt);
            assertTrue(failure.getMessage().contains("received no bytes"), failure.toString());
        }
        assertEquals(3, plug.connectionsClosedUnanswered());
    }

    @Test
    void aPlugOfTheDefaultServerAnswersManyRequestsOnOneConnection() throws IOException {
        plug = start(settings());
        try (Socket socket = connect()) {
            assertTrue(exchange(socket).startsWith("HTTP/1.1 200 "));
            assertTrue(exchange(socket).startsWith("HTTP/1.1 200 "));
        }
        assertEquals(0, plug.connectionsClosedUnanswered());
    }

    private static PlugSettings settings() {
        return PlugSettings.klap("fridge", ACCOUNT, PowerProfiles.FRIDGE);
    }

    private static EmulatedPlug start(PlugSettings settings) {
        return EmulatedPlug.start(settings, 0);
    }

    private Socket connect() throws IOException {
        String[] hostPort = plug.host().split(":");
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 2000);
        socket.setSoTimeout(5000);
        return socket;
    }

    private byte[] handshake1() {
        String head = "POST /app/handshake1 HTTP/1.1\r\nHost: " + plug.host() + "\r\nContent-Length: 16\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(ISO_8859_1));
        request.writeBytes(new byte[16]);
        return request.toByteArray();
    }

    /** Sends handshake1 and reads its whole answer: head and Content-Length bytes of body. */
    private String exchange(Socket socket) throws IOException {
        socket.getOutputStream().write(handshake1());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("the plug closed the connection after " + head.size() + " bytes");
            }
            head.write(b);
        }
        Matcher length = CONTENT_LENGTH.matcher(head.toString(ISO_8859_1));
        assertTrue(length.find(), head.toString(ISO_8859_1));
        assertEquals(Integer.parseInt(length.group(1)), in.readNBytes(Integer.parseInt(length.group(1))).length);
        return head.toString(ISO_8859_1);
    }
}
