package com.myhomecontrol.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape of the server's /metrics in Prometheus' text format, and its samples looked up by name
 * and labels. Over HTTPS: with authentication on, Liberty serves the metrics only there.
 */
public final class Metrics {

    private static final HttpClient CLIENT = HttpClient.newBuilder().sslContext(LibertyBatchApi.trustingTheTestServer())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");

    private record Sample(String name, List<String> labels, double value) {
    }

    private final List<Sample> samples;

    private Metrics(String text) {
        this.samples = text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(Metrics::sample).toList();
    }

    public static HttpResponse<String> get(Api.User user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("it.https.port") + "/metrics"));
        if (user != Api.User.ANONYMOUS) {
            request.header("Authorization", user.authorization());
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("/metrics did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Metrics scrape(Api.User user) {
        HttpResponse<String> response = get(user);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /metrics as " + user + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Metrics(response.body());
    }

    /** The value of the sample of this name that has all these labels ({@code kind="energy"}), if there is one. */
    public OptionalDouble value(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().containsAll(Arrays.asList(labels)))
                .mapToDouble(Sample::value).findFirst();
    }

    /** As {@link #value}, 0 where the sample is not there yet (a counter before its first count). */
    public double count(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    private static Sample sample(String line) {
        Matcher matcher = SAMPLE.matcher(line);
        if (!matcher.matches()) {
            throw new AssertionError("Not a Prometheus sample: " + line);
        }
        // Liberty ends the labels with a comma: kind="energy",le="0.1",
        List<String> labels = matcher.group(3) == null ? List.of()
                : Arrays.asList(matcher.group(3).replaceFirst(",$", "").split(",(?=[a-zA-Z_]+=\")"));
        return new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(4)));
    }
}
