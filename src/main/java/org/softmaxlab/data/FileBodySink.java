package org.softmaxlab.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a 200 response's body into a file and counts the bytes, so that the waiting thread can
 * report progress and notice a stall. Any other status gets its body discarded.
 *
 * <p>HttpClient calls this on its own threads; {@link #abort()} may come from the waiting thread at
 * any time, so the file is only touched under this object's lock, and never after it is closed.
 */
final class FileBodySink implements HttpResponse.BodySubscriber<Void> {

    private final FileChannel channel;
    private final CompletableFuture<Void> body = new CompletableFuture<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long expectedBytes = -1;
    private volatile IOException writeFailure;

    private Flow.Subscription subscription; // guarded by this
    private boolean closed; // guarded by this

    FileBodySink(FileChannel channel) {
        this.channel = channel;
    }

    /** The body handler: this sink for a 200, a discarding one otherwise. */
    HttpResponse.BodySubscriber<Void> handlerFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        expectedBytes = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return this;
    }

    /** Bytes written to the file so far. */
    long bytes() {
        return bytes.get();
    }

    /** The length the server announced, or -1 if it did not. */
    long expectedBytes() {
        return expectedBytes;
    }

    /** The error from writing the file, if that is what failed (disk full, say), else null. */
    IOException writeFailure() {
        return writeFailure;
    }

    @Override
    public CompletionStage<Void> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean accepted;
        synchronized (this) {
            accepted = !closed && subscription == null;
            if (accepted) {
                subscription = s;
            }
        }
        if (accepted) {
            s.request(1);
        } else {
            s.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        Flow.Subscription s;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                for (ByteBuffer buffer : buffers) {
                    while (buffer.hasRemaining()) {
                        bytes.addAndGet(channel.write(buffer));
                    }
                }
            } catch (IOException e) {
                fail(e);
                return;
            }
            s = subscription;
        }
        // Outside the lock: request() may deliver the next buffers on this very thread.
        s.request(1);
    }

    @Override
    public void onError(Throwable error) {
        synchronized (this) {
            closeQuietly();
        }
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                // On disk before the caller renames it into place, so a crash cannot leave a
                // complete-looking but empty file under the final name.
                channel.force(true);
                channel.close();
                closed = true;
            } catch (IOException e) {
                fail(e);
                return;
            }
        }
        body.complete(null);
    }

    /** Stops receiving and closes the file; harmless after completion. */
    void abort() {
        Flow.Subscription s;
        synchronized (this) {
            s = subscription;
            closeQuietly();
        }
        if (s != null) {
            s.cancel();
        }
        body.completeExceptionally(new CancellationException("download aborted"));
    }

    private void fail(IOException e) {
        writeFailure = e;
        closeQuietly();
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        body.completeExceptionally(e);
    }

    private void closeQuietly() {
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing or aborting; the caller deletes the file anyway.
        }
    }
}
