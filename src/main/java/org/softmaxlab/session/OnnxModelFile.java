package org.softmaxlab.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.io.AtomicFiles;
import org.softmaxlab.io.ProtoWriter;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/**
 * Models as ONNX files, which Netron draws and ONNX Runtime runs (from Python, C#, Java or a web page).
 *
 * <h2>What SoftmaxLab writes</h2>
 * IR version {@value #IR_VERSION}, default operator set version {@value #OPSET} (ONNX 1.8, 2020; read by
 * every ONNX Runtime since 1.6 and by onnxruntime-web). One input and two outputs:
 * <pre>
 * images         float32 (N, 1, 28, 28), each pixel / 255, in [0, 1]   (as d2l's ToTensor gives)
 *   Flatten(axis 1) → Gemm(1.weight (out, in), 1.bias, transB 1) [→ Relu → Gemm(3.weight, 3.bias, transB 1)]
 * logits         float32 (N, 10)
 * probabilities  float32 (N, 10) = Softmax(logits, axis 1)
 * </pre>
 * The initializers carry d2l's state_dict names and layout (PyTorch's [out, in] weights), as
 * torch.onnx.export writes the same nets. metadata_props hold the class names (a JSON array, in class
 * order), the data set and input, and the training settings and per-epoch metrics, so that SoftmaxLab
 * opens its own ONNX file with everything a .smlab file keeps.
 *
 * <h2>What SoftmaxLab reads</h2>
 * d2l's nets as torch.onnx.export writes them (see {@link OnnxNet} for the graphs taken), through
 * {@link OnnxParser}, a bounded reader of the protobuf subset used. Settings and epochs come from
 * SoftmaxLab's metadata when the file has it; a model from elsewhere gets d2l's settings and no epochs,
 * as an .npz does.
 *
 * <p>Why not a protobuf library: see docs/models.md ("Why SoftmaxLab reads ONNX itself").
 */
public final class OnnxModelFile {

    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".onnx";
    /** ONNX IR version 7 (ONNX 1.8), the newest the operator set below needs. */
    public static final int IR_VERSION = 7;
    /** The default domain's operator set: Flatten-13, Gemm-13, Relu-13, Softmax-13. */
    public static final int OPSET = 13;

    static final String INPUT = "images";
    static final String LOGITS = "logits";
    static final String PROBABILITIES = "probabilities";

    /** metadata_props keys. */
    static final String KEY_CLASS_NAMES = "class_names";
    static final String KEY_DATASET = "dataset";
    static final String KEY_INPUT = "input";
    static final String KEY_MODEL = "softmaxlab.model";
    static final String KEY_HIDDEN = "softmaxlab.hidden_units";
    static final String KEY_EPOCHS = "softmaxlab.epochs";
    static final String KEY_LEARNING_RATE = "softmaxlab.learning_rate";
    static final String KEY_BATCH_SIZE = "softmaxlab.batch_size";
    static final String KEY_INIT_STD = "softmaxlab.init_std";
    static final String KEY_SEED = "softmaxlab.seed";
    static final String KEY_LOSS = "softmaxlab.loss_formula";
    static final String KEY_HISTORY = "softmaxlab.history";
    static final String HISTORY_HEADER = "epoch,train_loss,train_acc,test_loss,test_acc,train_ms,eval_ms";

    private OnnxModelFile() {
    }

    /** Saves {@code model} as an ONNX file, replacing {@code file} atomically. */
    public static void write(Path file, SavedModel model) throws IOException {
        Objects.requireNonNull(model, "model");
        AtomicFiles.write(file, encode(model));
    }

    /**
     * Opens an ONNX model of one of d2l's nets, checking everything before returning; reading changes
     * nothing and never opens another file.
     *
     * @throws ModelFileException naming the file, and the operator, tensor or shape that cannot be used
     */
    public static SavedModel read(Path file) throws ModelFileException {
        String name = String.valueOf(file.getFileName());
        ModelFile.checkIsFile(file, name);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(ModelFile.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw ModelFile.unreadable(file, name, e);
        }
        return decode(bytes, name);
    }

    /** The model in the bytes of a file named {@code name}. */
    static SavedModel decode(byte[] bytes, String name) throws ModelFileException {
        if (bytes.length == 0) {
            throw new ModelFileException(Problem.EMPTY, name);
        }
        if (bytes.length > ModelFile.MAX_FILE_BYTES) {
            throw new ModelFileException(Problem.ONNX_TOO_LARGE, name, ModelFile.MAX_FILE_BYTES);
        }
        OnnxGraph graph = OnnxParser.parse(bytes, name);
        OnnxNet.Found net = OnnxNet.of(graph, name);
        TrainConfig config = settings(graph.metadata(), net.spec());
        List<EpochMetrics> epochs = config == null ? List.of() : history(graph.metadata());
        return new SavedModel(config == null ? TrainConfig.DEFAULTS.withModel(net.spec()) : config, epochs,
                net.parameters());
    }

    /** The file's bytes. */
    static byte[] encode(SavedModel model) {
        ModelSpec spec = model.config().model();
        float[] parameters = model.parameters();
        ProtoWriter graph = new ProtoWriter();
        String flat = "flat";
        graph.message(1, node("flatten", "Flatten", List.of(INPUT), flat, intAttribute("axis", 1)));
        String current = flat;
        int[] inputs = spec.layerInputs();
        int[] outputs = spec.layerOutputs();
        for (int l = 0; l < outputs.length; l++) {
            boolean last = l == outputs.length - 1;
            String module = Integer.toString(1 + 2 * l);
            String out = last ? LOGITS : "linear" + module;
            graph.message(1, node("linear" + module, "Gemm", List.of(current, module + ".weight", module + ".bias"), out,
                    intAttribute("transB", 1)));
            current = out;
            if (!last) {
                graph.message(1, node("relu" + (module), "Relu", List.of(current), "hidden", null));
                current = "hidden";
            }
        }
        graph.message(1, node("softmax", "Softmax", List.of(LOGITS), PROBABILITIES, intAttribute("axis", 1)));
        graph.string(2, spec.isMlp() ? "d2l_mlp" : "d2l_softmax_regression");
        for (int l = 0; l < outputs.length; l++) {
            String module = Integer.toString(1 + 2 * l);
            int in = inputs[l];
            int out = outputs[l];
            int offset = spec.layerOffset(l);
            float[] weight = new float[out * in];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    weight[o * in + i] = parameters[offset + i * out + o];
                }
            }
            float[] bias = new float[out];
            System.arraycopy(parameters, offset + in * out, bias, 0, out);
            graph.message(5, tensor(module + ".weight", new long[] {out, in}, weight));
            graph.message(5, tensor(module + ".bias", new long[] {out}, bias));
        }
        graph.string(10, "d2l's " + (spec.isMlp() ? "MLP, Flatten → Linear(784, " + spec.hidden() + ") → ReLU → Linear("
                + spec.hidden() + ", 10)" : "softmax regression, Flatten → Linear(784, 10)") + ", trained by SoftmaxLab");
        ImageShape shape = model.dataset().shape();
        int classes = model.dataset().classCount();
        graph.message(11, value(INPUT, "N", shape.channels(), shape.height(), shape.width()));
        graph.message(12, value(LOGITS, "N", classes));
        graph.message(12, value(PROBABILITIES, "N", classes));

        ProtoWriter model1 = new ProtoWriter();
        model1.varint(1, IR_VERSION);
        model1.string(2, "SoftmaxLab");
        String version = OnnxModelFile.class.getPackage().getImplementationVersion();
        model1.string(3, version == null ? "development" : version);
        model1.string(4, "org.softmaxlab");
        model1.varint(5, 1);
        model1.message(7, graph);
        model1.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        for (Map.Entry<String, String> e : metadata(model).entrySet()) {
            model1.message(14, new ProtoWriter().string(1, e.getKey()).string(2, e.getValue()));
        }
        return model1.toByteArray();
    }

    /** What a program using the file needs to know (class names, input), then SoftmaxLab's own record. */
    static Map<String, String> metadata(SavedModel model) {
        TrainConfig c = model.config();
        Map<String, String> m = new LinkedHashMap<>();
        ImageShape shape = model.dataset().shape();
        m.put(KEY_CLASS_NAMES, model.dataset().classNames().stream().map(OnnxModelFile::jsonString)
                .collect(Collectors.joining(", ", "[", "]")));
        m.put(KEY_DATASET, "Fashion-MNIST");
        m.put(KEY_INPUT, "images: float32 (N, " + shape.channels() + ", " + shape.height() + ", " + shape.width()
                + "), grey levels / 255 in [0, 1], 0 = black background; logits and probabilities: (N, "
                + model.dataset().classCount() + ") in class_names order");
        m.put(KEY_MODEL, c.model().kind().id());
        m.put(KEY_HIDDEN, Integer.toString(c.model().hidden()));
        m.put(KEY_EPOCHS, Integer.toString(c.epochs()));
        m.put(KEY_LEARNING_RATE, Double.toString(c.learningRate()));
        m.put(KEY_BATCH_SIZE, Integer.toString(c.batchSize()));
        m.put(KEY_INIT_STD, Double.toString(c.initStd()));
        m.put(KEY_SEED, Long.toString(c.seed()));
        m.put(KEY_LOSS, c.lossFormula().id());
        StringBuilder history = new StringBuilder(HISTORY_HEADER);
        for (EpochMetrics e : model.epochs()) {
            history.append('\n').append(String.join(",", Integer.toString(e.epoch()), Double.toString(e.trainLoss()),
                    Double.toString(e.trainAccuracy()), Double.toString(e.testLoss()), Double.toString(e.testAccuracy()),
                    Double.toString(e.trainMillis()), Double.toString(e.evalMillis())));
        }
        m.put(KEY_HISTORY, history.toString());
        return m;
    }

    /**
     * The training settings SoftmaxLab recorded, for the model the graph holds; null when the file has
     * none or they do not read as valid settings (a file from elsewhere, or edited).
     */
    private static TrainConfig settings(Map<String, String> m, ModelSpec spec) {
        try {
            if (!m.containsKey(KEY_MODEL) || !spec.kind().id().equals(m.get(KEY_MODEL))
                    || spec.hidden() != Integer.parseInt(m.get(KEY_HIDDEN))) {
                return null;
            }
            TrainConfig config = new TrainConfig(Integer.parseInt(m.get(KEY_EPOCHS)),
                    Double.parseDouble(m.get(KEY_LEARNING_RATE)), Integer.parseInt(m.get(KEY_BATCH_SIZE)),
                    Double.parseDouble(m.get(KEY_INIT_STD)), Long.parseLong(m.get(KEY_SEED)),
                    LossFormula.fromId(m.get(KEY_LOSS)), spec);
            return config.problems().isEmpty() ? config : null;
        } catch (RuntimeException e) {
            // NullPointerException for a missing key, NumberFormatException, IllegalArgumentException for
            // an unknown loss formula: not SoftmaxLab's record, so d2l's settings apply.
            return null;
        }
    }

    /** The per-epoch metrics SoftmaxLab recorded; empty when there are none or they do not read. */
    private static List<EpochMetrics> history(Map<String, String> m) {
        String text = m.get(KEY_HISTORY);
        if (text == null) {
            return List.of();
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(HISTORY_HEADER) || lines.length > TrainConfig.MAX_EPOCHS * 10 + 1) {
            return List.of();
        }
        List<EpochMetrics> epochs = new ArrayList<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                if (f.length != 7) {
                    return List.of();
                }
                epochs.add(new EpochMetrics(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return epochs;
    }

    private static ProtoWriter node(String name, String op, List<String> inputs, String output, ProtoWriter attribute) {
        ProtoWriter n = new ProtoWriter();
        for (String in : inputs) {
            n.string(1, in);
        }
        n.string(2, output);
        n.string(3, name);
        n.string(4, op);
        if (attribute != null) {
            n.message(5, attribute);
        }
        return n;
    }

    private static ProtoWriter intAttribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, OnnxGraph.Attribute.INT);
    }

    private static ProtoWriter tensor(String name, long[] dims, float[] values) {
        return new ProtoWriter().packedInt64(1, dims).varint(2, OnnxGraph.FLOAT).string(8, name)
                .bytes(9, ProtoWriter.littleEndian(values));
    }

    /** A float32 tensor value whose first dimension is the symbolic batch size {@code batch}. */
    private static ProtoWriter value(String name, String batch, int... dims) {
        ProtoWriter shape = new ProtoWriter().message(1, new ProtoWriter().string(2, batch));
        for (int d : dims) {
            shape.message(1, new ProtoWriter().varint(1, d));
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, OnnxGraph.FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
