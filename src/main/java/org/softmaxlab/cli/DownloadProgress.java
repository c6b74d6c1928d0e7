package org.softmaxlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.softmaxlab.data.DownloadProgressListener;

/** Download progress on stderr: a redrawn line on a terminal, one line per file otherwise. */
final class DownloadProgress implements DownloadProgressListener {

    private final PrintStream err;
    private final boolean terminal;
    private String currentFile;
    private long lastDraw;

    DownloadProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void onProgress(String fileName, long bytesDone, long bytesTotal) {
        boolean newFile = !fileName.equals(currentFile);
        currentFile = fileName;
        long now = System.nanoTime();
        if (terminal && (now - lastDraw > 100_000_000L || bytesDone == bytesTotal)) {
            lastDraw = now;
            err.printf(Locale.US, "\r%-28s %5.1f%%  %,.1f of %,.1f MB ", fileName, 100.0 * bytesDone / bytesTotal,
                    bytesDone / 1e6, bytesTotal / 1e6);
            if (bytesDone == bytesTotal) {
                err.println();
            }
        } else if (!terminal && newFile) {
            err.printf(Locale.US, "downloading %s (%,.1f of %,.1f MB done)%n", fileName, bytesDone / 1e6,
                    bytesTotal / 1e6);
        }
        err.flush();
    }
}
