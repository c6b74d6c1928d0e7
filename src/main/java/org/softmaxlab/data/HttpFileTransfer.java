package org.softmaxlab.data;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Fetches one URL into one file, giving up when the connection stalls or the caller cancels.
 *
 * <p>HttpClient's request timeout ends when the response headers arrive and it has no read
 * timeout, so a server that sends headers and then nothing would block a plain read forever.
 * Instead the calling thread waits in short polls and aborts the exchange once no byte has arrived
 * for the stall timeout (which therefore also bounds the wait for the headers).
 */
final class HttpFileTransfer {

    private static final long POLL_MILLIS = 50;

    private final HttpClient client;
    private final Duration stallTimeout;
    private final Duration connectTimeout;
    private final BooleanSupplier cancelled;

    HttpFileTransfer(HttpClient client, Duration connectTimeout, Duration stallTimeout, BooleanSupplier cancelled) {
        this.client = client;
        this.connectTimeout = connectTimeout;
        this.stallTimeout = stallTimeout;
        this.cancelled = cancelled;
    }

    /**
     * Streams {@code uri} into the existing file {@code target}, overwriting it, and passes the
     * bytes received so far to {@code progress} on this thread.
     *
     * @param fileName the name to start error messages with
     * @throws DownloadCancelledException if cancelled or interrupted
     * @throws DatasetException           for an HTTP error, a stall, a cut-off connection or a write error
     */
    void fetch(URI uri, Path target, String fileName, LongConsumer progress) throws DatasetException, IOException {
        FileBodySink sink = new FileBodySink(FileChannel.open(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
        try {
            CompletableFuture<HttpResponse<Void>> exchange =
                    client.sendAsync(HttpRequest.newBuilder(uri).GET().build(), sink::handlerFor);
            HttpResponse<Void> response = await(exchange, sink, uri, fileName, progress);
            if (response.statusCode() != 200) {
                throw new DatasetException(String.format(Locale.US, "%s: download failed: HTTP %d from %s",
                        fileName, response.statusCode(), uri));
            }
        } finally {
            sink.abort(); // closes the file if still open; a no-op once the exchange has completed
        }
    }

    private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> exchange, FileBodySink sink, URI uri,
            String fileName, LongConsumer progress) throws DatasetException {
        long lastBytes = 0;
        long lastActivity = System.nanoTime();
        while (true) {
            try {
                HttpResponse<Void> response = exchange.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                progress.accept(sink.bytes());
                return response;
            } catch (TimeoutException stillRunning) {
                long now = System.nanoTime();
                long bytes = sink.bytes();
                if (bytes != lastBytes) {
                    lastBytes = bytes;
                    lastActivity = now;
                    progress.accept(bytes);
                }
                if (cancelled.getAsBoolean()) {
                    exchange.cancel(true);
                    throw new DownloadCancelledException(fileName + ": download cancelled");
                }
                if (now - lastActivity >= stallTimeout.toNanos()) {
                    exchange.cancel(true);
                    throw new DatasetException(String.format(Locale.US, "%s: download timed out: no data for %s "
                            + "from %s; check the connection and try again", fileName, seconds(stallTimeout), uri));
                }
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                throw new DownloadCancelledException(fileName + ": download cancelled (interrupted)");
            } catch (ExecutionException e) {
                throw failure(e.getCause(), sink, uri, fileName);
            }
        }
    }

    private DatasetException failure(Throwable cause, FileBodySink sink, URI uri, String fileName) {
        if (sink.writeFailure() != null) {
            return new DatasetException(fileName + ": cannot write the download to disk: " + sink.writeFailure(),
                    sink.writeFailure());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new DatasetException(String.format(Locale.US, "%s: download timed out: could not connect to %s "
                    + "within %s; check the internet connection (or proxy) and try again", fileName,
                    uri.getAuthority(), seconds(connectTimeout)), cause);
        }
        if (cause instanceof ConnectException) {
            return new DatasetException(fileName + ": could not connect to " + uri.getAuthority() + " ("
                    + describe(cause) + "); check the internet connection (or proxy) and try again", cause);
        }
        long expected = sink.expectedBytes();
        if (expected >= 0 && sink.bytes() < expected) {
            return new DatasetException(String.format(Locale.US, "%s: download truncated: expected %,d bytes, "
                    + "got %,d (the connection closed early); try again", fileName, expected, sink.bytes()), cause);
        }
        return new DatasetException(fileName + ": download from " + uri + " failed: " + describe(cause), cause);
    }

    /** A cause's message, or its class when it has none (HttpClient's often do not). */
    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** "1 s", "2.5 s", "0.3 s". */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? (millis / 1000) + " s"
                : String.format(Locale.US, "%.1f s", millis / 1000.0);
    }
}
