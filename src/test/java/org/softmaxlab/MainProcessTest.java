package org.softmaxlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.cli.ExitCode;
import org.softmaxlab.testing.RealData;

/**
 * The program as a person starts it: {@link Main} in a JVM of its own, so that what only a whole
 * process shows is seen (a signal, the exit code, a missing display).
 */
@Tag("slow")
@Timeout(180)
class MainProcessTest {

    @TempDir
    Path dir;

    /** {@code java … org.softmaxlab.Main args}, on this JVM's class path, SIGINT handled as in a terminal. */
    private ProcessBuilder softmaxlab(String... args) {
        List<String> command = new ArrayList<>(List.of(
                // A test runner started in the background inherits SIGINT ignored, and a JVM started with it
                // ignored never installs its Ctrl+C handling: reset it, as a terminal's shell does.
                "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("HOME", dir.toString()); // nothing of the user's cache or settings
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("XDG_CONFIG_HOME");
        return builder;
    }

    @Test
    void ctrlCEndsATrainingRunWithExitCode130() throws Exception {
        Path csv = dir.resolve("metrics.csv");
        Process train = softmaxlab("train", "--data", RealData.folder().toString(), "--epochs", "1000",
                "--metrics-csv", csv.toString()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(train.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("epoch"));
            assertTrue(line != null, "no epoch line: " + Files.readString(dir.resolve("stderr.txt")));

            new ProcessBuilder("kill", "-INT", Long.toString(train.pid())).inheritIO().start().waitFor();

            // Ends by itself (the old hook waited 2 s for a thread that waited for it; no time is asserted).
            assertTrue(train.waitFor(60, TimeUnit.SECONDS), "still running after Ctrl+C");
        } finally {
            train.destroyForcibly();
        }
        assertEquals(ExitCode.CANCELLED, train.exitValue(), Files.readString(dir.resolve("stderr.txt")));
        assertTrue(Files.readString(dir.resolve("stderr.txt")).contains("softmaxlab: stopped after "),
                Files.readString(dir.resolve("stderr.txt")));
        assertTrue(Files.readAllLines(csv).size() >= 2, "the CSV keeps every finished epoch");
    }

    @Test
    void withoutADisplayTheWindowSaysSoAndPointsToTrain() throws Exception {
        ProcessBuilder window = softmaxlab().redirectErrorStream(true);
        window.environment().remove("DISPLAY");
        window.environment().remove("WAYLAND_DISPLAY");
        Process process = window.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(ExitCode.FAILED, process.exitValue(), output);
        assertTrue(output.contains("softmaxlab: no display found, so the window cannot open (DISPLAY is not set)"),
                output);
        assertTrue(output.contains("softmaxlab train"), output);
        assertFalse(output.contains("UnsupportedOperationException") || output.contains("\tat "), output);
    }

    /**
     * No silent slow path: with neither OPENBLAS_CORETYPE nor OPENBLAS_L2_SIZE set, as on a student's
     * laptop, a CPU with AVX2 gets AVX2 (or AVX-512) kernels. OpenBLAS 0.3.19, which ND4J 1.0.0-M2.1
     * brings, ran this project's AMD family 26 machine on its SSE-era Barcelona kernels at half the speed.
     */
    @Test
    void withoutOpenBlasVariablesAnAvx2CpuGetsAvx2Kernels() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        Assumptions.assumeTrue(Files.isReadable(cpuinfo) && Files.readString(cpuinfo).contains(" avx2"),
                "an x86-64 Linux machine with AVX2");
        ProcessBuilder version = softmaxlab("--version").redirectErrorStream(true);
        version.environment().remove("OPENBLAS_CORETYPE");
        version.environment().remove("OPENBLAS_L2_SIZE");
        String output = output(version.start());

        assertTrue(output.matches("(?s).*\\nCPU: OpenBLAS 0\\.\\d+\\.\\d+ (Haswell|Zen|SkylakeX|Cooperlake|SapphireRapids)\\n.*"),
                output);
    }

    @Test
    void versionSaysWhenOpenBlasCoretypeChoseTheKernels() throws Exception {
        ProcessBuilder version = softmaxlab("--version").redirectErrorStream(true);
        version.environment().put("OPENBLAS_CORETYPE", "Nehalem");
        String output = output(version.start());

        assertTrue(output.contains("\nCPU: OpenBLAS 0.") && output.contains(" Nehalem (OPENBLAS_CORETYPE)\n"), output);
    }

    private static String output(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Process process = softmaxlab("--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("SoftmaxLab "), output);
        assertFalse(output.contains("Usage"), output);
    }
}
