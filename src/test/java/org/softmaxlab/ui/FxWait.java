package org.softmaxlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the scene on the JavaFX thread and waiting for a condition there, for window tests. */
public final class FxWait {

    /** How long any one wait may take: generous, since CI machines are shared. */
    public static final int TIMEOUT_SECONDS = 30;

    private FxWait() {
    }

    /** Runs {@code read} on the JavaFX thread and returns its result. */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, checked on the JavaFX thread, holds; fails naming {@code what}. */
    public static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
