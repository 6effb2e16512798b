package tramita.keycloak.firstlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsGatewayTest {

    private HttpServer server;
    private final List<String> received = new ArrayList<>();
    private volatile int status = 201;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/sms", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/sms";
    }

    @Test
    void postsToBodyAndReferenceAsJsonWithTheBearerToken() throws IOException {
        new SmsGateway(url(), "secret-token").send("+351912345789", "Tramita: code \"123456\"", "first-login-otp:1");
        assertEquals(List.of("POST Bearer secret-token application/json "
                + "{\"to\":\"+351912345789\",\"body\":\"Tramita: code \\\"123456\\\"\",\"reference\":\"first-login-otp:1\"}"),
                received);
    }

    @Test
    void aRefusalIsAnError() {
        status = 401;
        IOException error = assertThrows(IOException.class, () -> new SmsGateway(url(), "t").send("+1", "b", "r"));
        assertTrue(error.getMessage().contains("401"));
    }

    @Test
    void withoutAUrlNothingIsSent() {
        SmsGateway gateway = new SmsGateway(null, "t");
        assertFalse(gateway.configured());
        assertThrows(IOException.class, () -> gateway.send("+1", "b", "r"));
        assertTrue(received.isEmpty());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001é\"", SmsGateway.quote("a\"b\\c\nd\u0001é"));
    }
}
