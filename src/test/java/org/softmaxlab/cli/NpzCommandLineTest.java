package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.NumPy;
import org.softmaxlab.testing.RealData;

/** {@code train --model mlp --save-model m.npz}, then {@code evaluate m.npz}: the accuracy NumPy computes for that file. */
@Tag("slow")
@Tag("locale")
@Timeout(300)
class NpzCommandLineTest extends CommandLineCapture {

    private static final String NUMPY_ACCURACY = String.join("\n",
            "import sys, gzip, numpy as np",
            "def idx(p, off):",
            "    with gzip.open(p, 'rb') as f: return np.frombuffer(f.read(), np.uint8, offset=off)",
            "X = idx(sys.argv[2] + '/t10k-images-idx3-ubyte.gz', 16).reshape(-1, 784).astype(np.float32) / 255",
            "Y = idx(sys.argv[2] + '/t10k-labels-idx1-ubyte.gz', 8)",
            "sd = np.load(sys.argv[1])",
            "o = np.maximum(X @ sd['1.weight'].T + sd['1.bias'], 0) @ sd['3.weight'].T + sd['3.bias']",
            "top = np.sort(o, 1)",
            "print(int((o.argmax(1) == Y).sum()), int((top[:, -1] - top[:, -2] < 1e-4).sum()))");


    @Test
    void evaluateReportsForOurExportedMlpTheAccuracyNumPyComputes(@TempDir Path dir) {
        NumPy.require();
        Path file = dir.resolve("mlp.npz");
        String data = RealData.folder().toString();
        assertEquals(ExitCode.DONE, run(new TrainCommand(stream(out), stream(err), false), "--data", data,
                "--train-images", "6000", "--epochs", "1", "--model", "mlp", "--hidden", "48", "--save-model",
                file.toString()), err.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(ExitCode.DONE, run(new EvaluateCommand(stream(out), stream(err), false), file.toString(),
                "--json", "--data", data), err.toString(StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8).strip();
        // What the file holds, and no made-up training record ("epochs":0 before).
        assertTrue(json.startsWith("{\"file\":\"" + file + "\",\"model\":\"mlp\",\"hidden\":48,\"epochs\":null,"),
                json);

        String[] numpy = NumPy.run(NUMPY_ACCURACY, file.toString(), data).strip().split(" ");
        int nearTies = Integer.parseInt(numpy[1]);
        Matcher accuracy = Pattern.compile("\"test_acc\":([0-9.]+)").matcher(json);
        assertTrue(accuracy.find(), json);
        assertEquals(Integer.parseInt(numpy[0]) / 10_000.0, Double.parseDouble(accuracy.group(1)),
                nearTies / 10_000.0 + 1e-9, json);
    }
}
