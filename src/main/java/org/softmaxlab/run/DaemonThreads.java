package org.softmaxlab.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for work off the JavaFX thread. All are daemons, so a forgotten one can never keep the
 * JVM alive after the window closes.
 */
public final class DaemonThreads {

    /** Two threads: loading reads the files and starts ND4J at the same time. */
    private static final int BACKGROUND_THREADS = 2;

    private DaemonThreads() {
    }

    /** The app's one executor for background work; shut it down in {@code Application.stop()}. */
    public static ExecutorService newBackgroundExecutor() {
        return Executors.newFixedThreadPool(BACKGROUND_THREADS, factory("softmaxlab-background-"));
    }

    /** A factory of daemon threads named {@code prefix} + a running number. */
    public static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
