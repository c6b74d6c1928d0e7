package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's NumPy ({@code /usr/bin/python3} with {@code python3-numpy}), for tests that check our
 * .npz files against NumPy itself. Missing, the tests are skipped; under CI ({@code CI=true}, where
 * {@code .ci/run} installs it) missing NumPy fails them.
 */
public final class NumPy {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static Boolean available;

    private NumPy() {
    }

    /** Skips the test (or fails it under CI) unless NumPy can be imported. */
    public static synchronized void require() {
        if (available == null) {
            available = Files.isExecutable(PYTHON) && probe();
        }
        if (!available) {
            String message = PYTHON + " with NumPy is not available; install it with "
                    + "`sudo apt-get install python3-numpy`";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI must have it: see .ci/run)");
            }
            Assumptions.abort(message);
        }
    }

    private static boolean probe() {
        try {
            run("import numpy");
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Runs {@code script} with {@code args} (sys.argv[1:]) and returns its standard output. */
    public static String run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        command.addAll(List.of(args));
        try {
            Path errors = Files.createTempFile("softmaxlab-numpy", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(300, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("python did not finish in 300 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("python exited " + process.exitValue() + ": "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + PYTHON + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
