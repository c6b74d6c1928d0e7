package org.softmaxlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A Python module from Debian (ONNX's {@code python3-onnx}, PyTorch's {@code python3-torch}) for tests
 * that check our files against tools SoftmaxLab did not write. Missing, the test is skipped; under CI
 * ({@code CI=true}, where {@code .ci/run} installs them) a missing module fails it.
 */
public final class PythonModule {

    private static final Map<String, Boolean> AVAILABLE = new HashMap<>();

    private PythonModule() {
    }

    /** Skips the test (or fails it under CI) unless {@code /usr/bin/python3} can import {@code module}. */
    public static synchronized void require(String module, String debianPackage) {
        boolean available = AVAILABLE.computeIfAbsent(module, m -> Files.isExecutable(NumPy.PYTHON) && imports(m));
        if (!available) {
            String message = NumPy.PYTHON + " cannot import " + module + "; install it with `sudo apt-get install "
                    + debianPackage + "`";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI must have it: see .ci/run)");
            }
            Assumptions.abort(message);
        }
    }

    private static boolean imports(String module) {
        try {
            NumPy.run("import " + module);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
