package org.softmaxlab.data;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
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
import org.softmaxlab.data.DatasetDownloadException.Kind;

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
            HttpResponse<Void> response = await(exchange, sink, uri, target, fileName, progress);
            if (response.statusCode() != 200) {
                throw new DatasetDownloadException(Kind.HTTP_STATUS, fileName, uri.toString(),
                        Integer.toString(response.statusCode()));
            }
        } finally {
            sink.abort(); // closes the file if still open; a no-op once the exchange has completed
        }
    }

    private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> exchange, FileBodySink sink, URI uri,
            Path target, String fileName, LongConsumer progress) throws DatasetException {
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
                    throw new DatasetDownloadException(Kind.STALLED, fileName, uri.toString(), seconds(stallTimeout));
                }
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                throw new DownloadCancelledException(fileName + ": download cancelled (interrupted)");
            } catch (ExecutionException e) {
                throw failure(e.getCause(), sink, uri, target, fileName);
            }
        }
    }

    private DatasetException failure(Throwable cause, FileBodySink sink, URI uri, Path target, String fileName) {
        if (sink.writeFailure() != null) {
            return new DatasetDownloadException(Kind.STORAGE, fileName, String.valueOf(target.getParent()),
                    String.valueOf(sink.writeFailure()), sink.writeFailure());
        }
        long expected = sink.expectedBytes();
        if (!(cause instanceof ConnectException) && expected >= 0 && sink.bytes() < expected) {
            return new DatasetDownloadException(Kind.TRUNCATED, fileName, uri.toString(), String.format(Locale.US,
                    "expected %,d bytes, got %,d", expected, sink.bytes()), cause);
        }
        return connectionFailure(cause, uri, fileName, connectTimeout);
    }

    /** What a failed exchange means, in words: no such host, refused, timed out, or the system's own. */
    static DatasetDownloadException connectionFailure(Throwable cause, URI uri, String fileName,
            Duration connectTimeout) {
        String host = uri.getAuthority();
        if (cause instanceof HttpConnectTimeoutException) {
            return new DatasetDownloadException(Kind.CONNECT_TIMED_OUT, fileName, host, seconds(connectTimeout), cause);
        }
        if (causedBy(cause, UnresolvedAddressException.class) || causedBy(cause, UnknownHostException.class)) {
            return new DatasetDownloadException(Kind.NO_SUCH_HOST, fileName, uri.getHost(), describe(cause), cause);
        }
        // HttpClient reports a refused connection as a ConnectException without a message, caused by the
        // channel it closed; other platforms say "Connection refused".
        if (cause instanceof ConnectException && (causedBy(cause, ClosedChannelException.class)
                || describe(cause).contains("refused"))) {
            return new DatasetDownloadException(Kind.REFUSED, fileName, host, describe(cause), cause);
        }
        return new DatasetDownloadException(Kind.CONNECTION_FAILED, fileName, uri.toString(), describe(cause), cause);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
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
