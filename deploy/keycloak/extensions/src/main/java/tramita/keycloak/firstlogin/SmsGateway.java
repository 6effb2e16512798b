package tramita.keycloak.firstlogin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The SMS provider's HTTP API: {@code POST <url>} with {@code Authorization: Bearer <token>}
 * and the JSON body {@code {"to", "body", "reference"}}; any 2xx is accepted. The local
 * stack's catcher implements it (tools/devstack mailcatcher), as does the notifications
 * service's provider.
 */
public class SmsGateway {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String url;
    private final String token;

    public SmsGateway(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    public void send(String to, String body, String reference) throws IOException {
        if (!configured()) {
            throw new IOException("no SMS provider configured (TRAMITA_SMS_URL)");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + (token == null ? "" : token))
                .POST(HttpRequest.BodyPublishers.ofString(json(to, body, reference)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending an SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS provider answered " + response.statusCode() + ": " + response.body());
        }
    }

    static String json(String to, String body, String reference) {
        return "{\"to\":" + quote(to) + ",\"body\":" + quote(body) + ",\"reference\":" + quote(reference) + "}";
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
