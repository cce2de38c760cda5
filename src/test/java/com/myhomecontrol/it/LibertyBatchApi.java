package com.myhomecontrol.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Liberty's batch REST API (/ibm/api/batch), which the Admin Center and the batchManager command
 * use: over HTTPS, whose certificate is the test server's own self-signed one.
 */
public final class LibertyBatchApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().sslContext(trustingTheTestServer())
            .connectTimeout(Duration.ofSeconds(10)).build();

    private LibertyBatchApi() {
    }

    public static URI uri(String path) {
        return URI.create("https://localhost:" + System.getProperty("it.https.port") + "/ibm/api/batch/" + path);
    }

    public static HttpResponse<String> get(String path, Api.User user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    public static HttpResponse<String> post(String path, String json, Api.User user) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    public static HttpResponse<String> put(String path, String json, Api.User user) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    /** Submits a job of the application, as the Admin Center's Java Batch tool does. */
    public static HttpResponse<String> submit(String job, JsonObject parameters, Api.User user) {
        return post("jobinstances", Json.createObjectBuilder().add("applicationName", "myhomecontrol")
                .add("moduleName", "myhomecontrol.war").add("jobXMLName", job)
                .add("jobParameters", parameters).build().toString(), user);
    }

    public static JsonObject object(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Api.User user) {
        if (user != Api.User.ANONYMOUS) {
            request.header("Authorization", user.authorization());
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The batch REST API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the test server's own self-signed certificate, on localhost. */
    public static SSLContext trustingTheTestServer() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not asked: the client presents no certificate
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test server's self-signed certificate, on localhost
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
