package org.softmaxlab.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the download mirror on 127.0.0.1 (a free port), serving whatever each test
 * sets up: good files, cut-off or stalling responses; anything not set up is a 404.
 */
public final class TestMirror implements AutoCloseable {

    /** Answers one request for a file. */
    @FunctionalInterface
    public interface Response {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Map<String, Response> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    /** Released on close, so stalling handlers end with the test. */
    private final CountDownLatch closing = new CountDownLatch(1);

    public TestMirror() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-mirror");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/files/", this::handle);
        server.start();
    }

    /** The mirror's base URL, {@code http://127.0.0.1:PORT/files/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files/");
    }

    /** Serves {@code body} in full. */
    public TestMirror serve(String name, byte[] body) {
        files.put(name, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Serves a file from disk in full. */
    public TestMirror serve(String name, Path file) {
        files.put(name, exchange -> {
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        return this;
    }

    /** Announces all of {@code body} but sends only the first {@code sent} bytes, then drops the connection. */
    public TestMirror serveCutOff(String name, byte[] body, int sent) {
        files.put(name, exchange -> {
            sendFirstBytes(exchange, body, sent);
            exchange.close(); // closes the connection, since the promised length was not sent
        });
        return this;
    }

    /** Announces all of {@code body}, sends {@code sent} bytes, then sends nothing more until closed. */
    public TestMirror serveStalling(String name, byte[] body, int sent) {
        files.put(name, exchange -> {
            sendFirstBytes(exchange, body, sent);
            closing.await(60, TimeUnit.SECONDS);
            exchange.close();
        });
        return this;
    }

    /** Announces all of {@code body} but sends only its first {@code sent} bytes, leaving the exchange open. */
    private static void sendFirstBytes(HttpExchange exchange, byte[] body, int sent) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, sent);
        out.flush();
    }

    /** Accepts the request but never answers, until closed. */
    public TestMirror serveNoAnswer(String name) {
        files.put(name, exchange -> {
            closing.await(60, TimeUnit.SECONDS);
            exchange.close();
        });
        return this;
    }

    /** Serves {@code body} in {@code chunk}-byte pieces, {@code pauseMillis} apart. */
    public TestMirror serveSlowly(String name, byte[] body, int chunk, long pauseMillis) {
        files.put(name, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int off = 0; off < body.length; off += chunk) {
                    out.write(body, off, Math.min(chunk, body.length - off));
                    out.flush();
                    if (closing.await(pauseMillis, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
        });
        return this;
    }

    /** How many times {@code name} was requested. */
    public int requests(String name) {
        AtomicInteger count = requests.get(name);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) {
        String name = exchange.getRequestURI().getPath().substring("/files/".length());
        requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        try {
            Response response = files.get(name);
            if (response == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                response.send(exchange);
            }
        } catch (IOException e) {
            // The client went away (a test aborting on purpose); nothing to report.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
        try {
            if (!handlers.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test mirror handlers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while stopping the test mirror"));
        }
    }
}
