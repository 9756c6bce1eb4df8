package kr.tupyo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerminalConnectionTest {

    HttpServer server;
    final Set<String> peers = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            peers.add(exchange.getRemoteAddress().toString());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = ("{\"got\":" + body + ",\"key\":\"" + exchange.getRequestHeaders().getFirst("Idempotency-Key")
                    + "\",\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            boolean chunked = exchange.getRequestURI().getPath().endsWith("chunked");
            exchange.sendResponseHeaders(chunked ? 409 : 201, chunked ? 0 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsJsonAndReadsFixedLengthAndChunkedAnswersOnOneKeptConnection() {
        try (var terminal = new TerminalConnection(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))) {
            var first = terminal.post("/api/fixed", "tpy_x", "{\"a\":1}", "k-1");
            assertThat(first.status()).isEqualTo(201);
            assertThat(first.json().path("got").path("a").asInt()).isEqualTo(1);
            assertThat(first.json().path("key").asString()).isEqualTo("k-1");
            assertThat(first.json().path("auth").asString()).isEqualTo("Bearer tpy_x");

            var second = terminal.post("/api/chunked", "tpy_x", "{\"b\":\"한글\"}", null);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().path("got").path("b").asString()).isEqualTo("한글");
            assertThat(second.json().path("key").asString()).isEqualTo("null");

            assertThat(terminal.post("/api/fixed", "tpy_x", "{}", null).status()).isEqualTo(201);
        }
        assertThat(peers).hasSize(1); // keep-alive: one connection for all three
    }

    @Test
    void answersMinusOneWhenNothingListens() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var terminal = new TerminalConnection(URI.create("http://127.0.0.1:" + port))) {
            assertThat(terminal.post("/x", "t", "{}", null).status()).isEqualTo(-1);
        }
    }
}
