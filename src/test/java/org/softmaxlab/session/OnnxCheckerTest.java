package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.NumPy;
import org.softmaxlab.testing.PythonModule;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/**
 * ONNX's own checker ({@code python3-onnx}) accepts every file SoftmaxLab writes, with full_check (its
 * strict shape inference), and its shape inference agrees with the outputs the file declares.
 */
@Timeout(300)
class OnnxCheckerTest {

    /** Checks the file, then prints what ONNX itself sees in it. */
    private static final String CHECK = String.join("\n",
            "import sys, json, onnx",
            "m = onnx.load(sys.argv[1])",
            "onnx.checker.check_model(m, full_check=True)",
            "inferred = onnx.shape_inference.infer_shapes(m, check_type=True, strict_mode=True)",
            "def dims(v): return [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]",
            "print(m.ir_version, [(o.domain, o.version) for o in m.opset_import])",
            "print(' '.join(n.op_type for n in m.graph.node))",
            "print([(i.name, dims(i)) for i in m.graph.input])",
            "print([(o.name, dims(o)) for o in inferred.graph.output])",
            "print([(v.name, dims(v)) for v in inferred.graph.value_info])",
            "meta = {p.key: p.value for p in m.metadata_props}",
            "print(len(json.loads(meta['class_names'])), meta['dataset'], meta['softmaxlab.model'])");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsOnnx() {
        PythonModule.require("onnx", "python3-onnx");
    }

    private String[] check(SavedModel model) throws Exception {
        Path file = dir.resolve("m.onnx");
        ModelFormats.ONNX.write(file, model);
        return NumPy.run(CHECK, file.toString()).strip().split("\n");
    }

    @Test
    void onnxAcceptsOurSoftmaxRegression() throws Exception {
        String[] seen = check(ModelFixtures.model());
        assertEquals(List.of("7 [('', 13)]", "Flatten Gemm Softmax", "[('images', ['N', 1, 28, 28])]",
                "[('logits', ['N', 10]), ('probabilities', ['N', 10])]", "[('flat', ['N', 784])]",
                "10 Fashion-MNIST softmax"), List.of(seen));
    }

    @Test
    void onnxAcceptsOurMlp() throws Exception {
        SavedModel mlp = new SavedModel(TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(256)), List.of(),
                new float[ModelSpec.mlp(256).parameterCount()]);
        String[] seen = check(mlp);
        assertEquals("Flatten Gemm Relu Gemm Softmax", seen[1]);
        assertEquals("[('logits', ['N', 10]), ('probabilities', ['N', 10])]", seen[3]);
        assertEquals("[('flat', ['N', 784]), ('linear1', ['N', 256]), ('hidden', ['N', 256])]", seen[4]);
    }
}
