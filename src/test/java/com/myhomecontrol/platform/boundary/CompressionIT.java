package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import static com.myhomecontrol.it.Api.User.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Liberty's own response compression (server.xml), as a client that asks for gzip and one that does not see it. */
class CompressionIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String device = "plug-" + UUID.randomUUID();

    @Test
    void historyIsGzippedOnlyWhenTheClientAcceptsIt() throws Exception {
        long now = Instant.now().getEpochSecond();
        String readings = IntStream.range(0, 500).mapToObj(i -> "{\"device_id\":\"%s\",\"timestamp\":%d,\"power_w\":%d.5,\"voltage_v\":230}"
                .formatted(device, now - 500 + i, i)).collect(Collectors.joining(",", "[", "]"));
        assertEquals(200, Api.post("/api/energy/readings", readings, OPERATOR).statusCode());
        String path = "/api/energy/history?device_id=" + device + "&hours=1";

        HttpResponse<byte[]> plain = get(path, null);
        HttpResponse<byte[]> gzipped = get(path, "gzip");

        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "not asked, not compressed");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        byte[] unpacked = gunzip(gzipped.body());
        assertArrayEquals(plain.body(), unpacked, "the same answer once decompressed");
        assertTrue(gzipped.body().length * 4 < unpacked.length, () -> gzipped.body().length + " bytes gzipped of " + unpacked.length);
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(LibertyServer.baseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.User.VIEWER.authorization());
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
