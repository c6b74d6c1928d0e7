package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Records progress reports and checks them. */
final class RecordingListener implements DownloadProgressListener {

    record Report(String fileName, long bytesDone, long bytesTotal, Thread thread) {
    }

    private final List<Report> reports = new ArrayList<>();

    @Override
    public synchronized void onProgress(String fileName, long bytesDone, long bytesTotal) {
        reports.add(new Report(fileName, bytesDone, bytesTotal, Thread.currentThread()));
    }

    synchronized List<Report> reports() {
        return List.copyOf(reports);
    }

    /** Every report had total {@code total}, bytes never went down or past it, and came from {@code thread}. */
    synchronized void assertMonotonic(long total, Thread thread) {
        assertFalse(reports.isEmpty(), "no progress reported");
        long last = 0;
        for (Report report : reports) {
            assertEquals(total, report.bytesTotal(), report.toString());
            assertTrue(report.bytesDone() >= last, "progress went back: " + reports);
            assertTrue(report.bytesDone() <= total, "progress past the total: " + report);
            assertEquals(thread, report.thread(), "progress reported on another thread");
            last = report.bytesDone();
        }
    }

    /** As {@link #assertMonotonic} and the last report reached the total. */
    synchronized void assertCompleted(long total, Thread thread) {
        assertMonotonic(total, thread);
        assertEquals(total, reports.get(reports.size() - 1).bytesDone(), "progress did not reach the total");
    }
}
