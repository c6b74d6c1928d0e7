package org.softmaxlab.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.session.OnnxGraph.Attribute;
import org.softmaxlab.session.OnnxGraph.Node;
import org.softmaxlab.session.OnnxGraph.Tensor;
import org.softmaxlab.session.OnnxGraph.Value;
import org.softmaxlab.train.ModelSpec;

/**
 * Recognises one of d2l's nets in an ONNX graph and takes its weights, or says exactly what it cannot
 * take. The graph must be one chain from its one input to its outputs:
 * <pre>
 *   [Flatten | Reshape(-1, 784)]  Linear  [Relu  Linear]  [Softmax | LogSoftmax]
 * </pre>
 * where a Linear is a Gemm (weights [out, in] with transB = 1, as torch.onnx.export writes nn.Linear,
 * or [in, out]) or a MatMul with an optional Add of the bias; Identity nodes are passed over. The graph
 * is first put in dependency order, so a cycle or a value nothing provides is named, not followed.
 * What the net computes is then SoftmaxLab's own model with these weights: its logits are the last
 * Linear's output (a Softmax at the end changes no prediction and is the softmax SoftmaxLab applies).
 */
final class OnnxNet {

    // A file without SoftmaxLab's metadata (PyTorch's export of d2l's net) is read as made for Fashion-MNIST.
    private static final DatasetSignature DATA = DatasetSignature.FASHION_MNIST;
    private static final int CLASSES = DATA.classCount();
    private static final int PIXELS = DATA.shape().values();
    private static final int ROWS = DATA.shape().height();
    private static final int COLS = DATA.shape().width();

    private final OnnxGraph graph;
    private final String file;
    /** Tensors a node may read as constants: initializers and Constant nodes' values. */
    private final Map<String, Tensor> constants = new HashMap<>();

    /** One Linear layer as found: weights [in, out] row-major, bias [out]. */
    private record Linear(int in, int out, float[] weights, float[] bias, String weightName) {
    }

    private OnnxNet(OnnxGraph graph, String file) {
        this.graph = graph;
        this.file = file;
        constants.putAll(graph.initializers());
    }

    /** The model the graph computes, as SoftmaxLab's spec and parameter layout. */
    record Found(ModelSpec spec, float[] parameters) {
    }

    static Found of(OnnxGraph graph, String file) throws ModelFileException {
        return new OnnxNet(graph, file).find();
    }

    private Found find() throws ModelFileException {
        Value input = theInput();
        List<Node> ordered = dependencyOrder(input.name());
        List<Node> chain = chain(input.name(), ordered);
        return model(input, chain);
    }

    /** The one input that is not an initializer, of a type and shape SoftmaxLab can feed. */
    private Value theInput() throws ModelFileException {
        List<Value> inputs = graph.inputs().stream().filter(v -> !graph.initializers().containsKey(v.name())).toList();
        if (inputs.size() != 1) {
            throw new ModelFileException(Problem.ONNX_INPUTS, file, inputs.size());
        }
        Value input = inputs.get(0);
        Long[] shape = input.shape();
        boolean shapeFits = shape == null
                || shape.length == 2 && fits(shape[1], PIXELS)
                || shape.length == 3 && fits(shape[1], ROWS) && fits(shape[2], COLS)
                || shape.length == 4 && fits(shape[1], 1) && fits(shape[2], ROWS) && fits(shape[3], COLS);
        if (input.elemType() != OnnxGraph.FLOAT || !shapeFits) {
            throw new ModelFileException(Problem.ONNX_INPUT, file, input.name(), input.describe(),
                    "float32 (N, 1, " + ROWS + ", " + COLS + ") or (N, " + PIXELS + ")");
        }
        return input;
    }

    private static boolean fits(Long dim, int size) {
        return dim == null || dim == size;
    }

    /**
     * The nodes in an order where each comes after what it reads (Kahn's algorithm): refuses a node
     * that reads a value nothing provides, and a cycle.
     */
    private List<Node> dependencyOrder(String input) throws ModelFileException {
        List<Node> nodes = graph.nodes();
        Map<String, Node> producers = new HashMap<>();
        for (Node n : nodes) {
            for (String out : n.outputs()) {
                producers.putIfAbsent(out, n);
            }
        }
        Set<String> available = new HashSet<>(graph.initializers().keySet());
        available.add(input);
        available.add(""); // an optional input left out
        Map<Node, Integer> waiting = new LinkedHashMap<>();
        Map<String, List<Node>> readers = new HashMap<>();
        for (Node n : nodes) {
            int count = 0;
            for (String in : n.inputs()) {
                if (available.contains(in)) {
                    continue;
                }
                if (!producers.containsKey(in)) {
                    throw new ModelFileException(Problem.ONNX_DANGLING, file, n.label(), n.operator(), in);
                }
                count++;
                readers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
            }
            waiting.put(n, count);
        }
        Deque<Node> ready = new ArrayDeque<>();
        waiting.forEach((n, count) -> {
            if (count == 0) {
                ready.add(n);
            }
        });
        List<Node> ordered = new ArrayList<>();
        Set<String> produced = new HashSet<>();
        while (!ready.isEmpty()) {
            Node n = ready.poll();
            ordered.add(n);
            for (String out : n.outputs()) {
                if (!produced.add(out)) {
                    continue;
                }
                for (Node reader : readers.getOrDefault(out, List.of())) {
                    // A node that reads a value twice waits for it once per read.
                    int left = waiting.merge(reader, -(int) reader.inputs().stream().filter(out::equals).count(),
                            Integer::sum);
                    if (left == 0) {
                        ready.add(reader);
                    }
                }
            }
        }
        if (ordered.size() < nodes.size()) {
            Node stuck = nodes.stream().filter(n -> waiting.get(n) > 0).findFirst().orElseThrow();
            throw new ModelFileException(Problem.ONNX_CYCLE, file, stuck.label(), stuck.operator());
        }
        return ordered;
    }

    /** The nodes from the input to the end, one after the other; every node must be on it. */
    private List<Node> chain(String input, List<Node> ordered) throws ModelFileException {
        Set<Node> constantsProducers = new HashSet<>();
        for (Node n : ordered) {
            if (n.opType().equals("Constant") && n.domain().isEmpty() && n.outputs().size() == 1) {
                Attribute value = n.attributes().get("value");
                if (value == null || value.t() == null) {
                    throw new ModelFileException(Problem.ONNX_ATTRIBUTE, file, n.label(), n.operator(), "value",
                            "?", "a tensor");
                }
                constants.put(n.outputs().get(0), value.t());
                constantsProducers.add(n);
            }
        }
        Map<String, List<Node>> readers = new HashMap<>();
        for (Node n : ordered) {
            for (String in : new java.util.LinkedHashSet<>(n.inputs())) {
                if (!constants.containsKey(in)) {
                    readers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<Node> chain = new ArrayList<>();
        String current = input;
        while (true) {
            List<Node> next = readers.getOrDefault(current, List.of());
            if (next.isEmpty()) {
                break;
            }
            if (next.size() > 1) {
                throw new ModelFileException(Problem.ONNX_NOT_A_CHAIN, file, current, next.size());
            }
            Node n = next.get(0);
            chain.add(n);
            if (n.outputs().isEmpty()) {
                throw new ModelFileException(Problem.ONNX_OFF_PATH, file, n.label(), n.operator());
            }
            current = n.outputs().get(0);
        }
        for (Node n : ordered) {
            if (!chain.contains(n) && !constantsProducers.contains(n)) {
                throw new ModelFileException(Problem.ONNX_OFF_PATH, file, n.label(), n.operator());
            }
        }
        return chain;
    }

    /** The chain as SoftmaxLab's model. */
    private Found model(Value input, List<Node> chain) throws ModelFileException {
        List<String> steps = new ArrayList<>();
        List<Linear> layers = new ArrayList<>();
        List<String> layerOutputs = new ArrayList<>();
        // An input without a shape is taken as already flat: its first Linear then says whether it fits.
        boolean flat = input.shape() == null || input.shape().length == 2;
        boolean relu = false;
        boolean reluBetween = true;
        String endOfNet = null;
        Set<String> afterLastLayer = new HashSet<>();
        for (int k = 0; k < chain.size(); k++) {
            Node n = chain.get(k);
            if (!n.domain().isEmpty() && !n.domain().equals("ai.onnx")) {
                throw new ModelFileException(Problem.ONNX_OPERATOR, file, n.label(), n.operator());
            }
            switch (n.opType()) {
                case "Identity" -> {
                }
                case "Flatten" -> {
                    long axis = intAttribute(n, "axis", 1);
                    if (axis != 1) {
                        throw attribute(n, "axis", axis, "1");
                    }
                    flat = true;
                    steps.add("Flatten");
                }
                case "Reshape" -> {
                    Tensor shape = constant(n, 1);
                    if (shape.longs() == null || shape.longs().length != 2
                            || (shape.longs()[0] != -1 && shape.longs()[0] != 0) || shape.longs()[1] != PIXELS) {
                        throw attribute(n, "shape", shape.longs() == null ? OnnxGraph.typeName(shape.dataType())
                                : Arrays.toString(shape.longs()), "[-1, " + PIXELS + "]");
                    }
                    flat = true;
                    steps.add("Reshape");
                }
                case "Gemm" -> {
                    requireInputFirst(n);
                    float alpha = floatAttribute(n, "alpha", 1f);
                    float beta = floatAttribute(n, "beta", 1f);
                    long transA = intAttribute(n, "transA", 0);
                    long transB = intAttribute(n, "transB", 0);
                    if (alpha != 1f) {
                        throw attribute(n, "alpha", alpha, "1");
                    }
                    if (beta != 1f) {
                        throw attribute(n, "beta", beta, "1");
                    }
                    if (transA != 0) {
                        throw attribute(n, "transA", transA, "0");
                    }
                    if (transB != 0 && transB != 1) {
                        throw attribute(n, "transB", transB, "0 or 1");
                    }
                    Linear layer = linear(n, constant(n, 1), transB == 1);
                    if (n.inputs().size() > 2 && !n.inputs().get(2).isEmpty()) {
                        layer = withBias(layer, constant(n, 2));
                    }
                    layers.add(layer);
                    steps.add("Gemm " + layer.in() + "→" + layer.out());
                    reluBetween &= layers.size() == 1 || relu;
                    relu = false;
                }
                case "MatMul" -> {
                    requireInputFirst(n);
                    Linear layer = linear(n, constant(n, 1), false);
                    if (k + 1 < chain.size() && chain.get(k + 1).opType().equals("Add")) {
                        Node add = chain.get(++k);
                        String other = add.inputs().get(0).equals(n.outputs().get(0)) ? add.inputs().get(1)
                                : add.inputs().get(0);
                        layer = withBias(layer, constantNamed(add, other));
                        steps.add("MatMul+Add " + layer.in() + "→" + layer.out());
                    } else {
                        steps.add("MatMul " + layer.in() + "→" + layer.out());
                    }
                    layers.add(layer);
                    reluBetween &= layers.size() == 1 || relu;
                    relu = false;
                    n = chain.get(k);
                }
                case "Relu" -> {
                    relu = true;
                    steps.add("Relu");
                }
                case "Softmax", "LogSoftmax" -> {
                    long axis = intAttribute(n, "axis", -1);
                    if (axis != 1 && axis != -1) {
                        throw attribute(n, "axis", axis, "1 or -1");
                    }
                    steps.add(n.opType());
                    if (k != chain.size() - 1) {
                        // Anything after the probabilities is not one of d2l's nets.
                        chain.subList(k + 1, chain.size()).forEach(later -> steps.add(later.opType()));
                        throw new ModelFileException(Problem.ONNX_LAYERS, file, String.join(" → ", steps));
                    }
                }
                default -> throw new ModelFileException(Problem.ONNX_OPERATOR, file, n.label(), n.operator());
            }
            if (!layers.isEmpty() && layers.size() > layerOutputs.size()) {
                layerOutputs.add(n.outputs().get(0));
                afterLastLayer.clear();
                endOfNet = n.outputs().get(0);
            }
            if (!layers.isEmpty()) {
                afterLastLayer.add(n.outputs().get(0));
            }
        }
        String net = String.join(" → ", steps);
        boolean softmax = layers.size() == 1 && !relu;
        boolean mlp = layers.size() == 2 && reluBetween && !relu;
        if (!flat || !(softmax || mlp)) {
            throw new ModelFileException(Problem.ONNX_LAYERS, file, net.isEmpty() ? "empty" : net);
        }
        for (Value output : graph.outputs()) {
            if (!afterLastLayer.contains(output.name())) {
                throw new ModelFileException(Problem.ONNX_OUTPUT, file, output.name());
            }
        }
        if (graph.outputs().isEmpty() || endOfNet == null) {
            throw new ModelFileException(Problem.ONNX_LAYERS, file, net);
        }
        return parameters(layers);
    }

    private Found parameters(List<Linear> layers) throws ModelFileException {
        Linear first = layers.get(0);
        Linear last = layers.get(layers.size() - 1);
        if (first.in() != PIXELS) {
            throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, first.weightName(),
                    "(" + first.out() + ", " + first.in() + ")", "(H, " + PIXELS + ")");
        }
        if (last.out() != CLASSES) {
            throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, last.weightName(),
                    "(" + last.out() + ", " + last.in() + ")", "(" + CLASSES + ", " + last.in() + ")");
        }
        ModelSpec spec;
        if (layers.size() == 1) {
            spec = ModelSpec.SOFTMAX;
        } else {
            int hidden = first.out();
            if (last.in() != hidden) {
                throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, last.weightName(),
                        "(" + last.out() + ", " + last.in() + ")", "(" + CLASSES + ", " + hidden + ")");
            }
            if (hidden > ModelSpec.MAX_HIDDEN) {
                throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, first.weightName(),
                        "(" + hidden + ", " + PIXELS + ")", "(H, " + PIXELS + "), H from 1 to " + ModelSpec.MAX_HIDDEN);
            }
            spec = ModelSpec.mlp(hidden);
        }
        float[] parameters = new float[spec.parameterCount()];
        for (int l = 0; l < layers.size(); l++) {
            Linear layer = layers.get(l);
            int offset = spec.layerOffset(l);
            System.arraycopy(layer.weights(), 0, parameters, offset, layer.in() * layer.out());
            System.arraycopy(layer.bias(), 0, parameters, offset + layer.in() * layer.out(), layer.out());
        }
        return new Found(spec, parameters);
    }

    /** A Linear layer from its weight tensor, [out, in] when {@code transposed} (PyTorch's layout). */
    private Linear linear(Node n, Tensor weight, boolean transposed) throws ModelFileException {
        float[] values = floats(n, weight);
        long[] dims = weight.dims();
        if (dims.length != 2 || dims[0] == 0 || dims[1] == 0) {
            throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, weight.name(), OnnxGraph.describe(dims),
                    transposed ? "(out, in)" : "(in, out)");
        }
        int in = (int) (transposed ? dims[1] : dims[0]);
        int out = (int) (transposed ? dims[0] : dims[1]);
        float[] weights = new float[in * out];
        if (transposed) {
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    weights[i * out + o] = values[o * in + i];
                }
            }
        } else {
            System.arraycopy(values, 0, weights, 0, weights.length);
        }
        return new Linear(in, out, weights, new float[out], weight.name());
    }

    private Linear withBias(Linear layer, Tensor bias) throws ModelFileException {
        float[] values = floats(null, bias);
        long[] dims = bias.dims();
        boolean fits = dims.length == 1 && dims[0] == layer.out() || dims.length == 2 && dims[0] == 1 && dims[1] == layer.out();
        if (!fits) {
            throw new ModelFileException(Problem.ONNX_TENSOR_SHAPE, file, bias.name(), OnnxGraph.describe(dims),
                    "(" + layer.out() + ",)");
        }
        return new Linear(layer.in(), layer.out(), layer.weights(), values, layer.weightName());
    }

    /** A tensor's numbers, once they are float32 or float64 and all finite. */
    private float[] floats(Node n, Tensor t) throws ModelFileException {
        if (t.floats() == null) {
            throw new ModelFileException(Problem.ONNX_TENSOR_TYPE, file, t.name(), OnnxGraph.typeName(t.dataType()),
                    "float32 or float64");
        }
        float[] values = t.floats();
        int count = 0;
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count > 0) {
            throw new ModelFileException(Problem.ONNX_NON_FINITE, file, t.name(), count, first);
        }
        return values;
    }

    /** The chain's value must be a node's first input (x·W, not W·x). */
    private void requireInputFirst(Node n) throws ModelFileException {
        if (n.inputs().size() < 2 || constants.containsKey(n.inputs().get(0)) || !constants.containsKey(n.inputs().get(1))) {
            String read = n.inputs().size() < 2 ? "" : n.inputs().get(1);
            throw new ModelFileException(Problem.ONNX_DANGLING, file, n.label(), n.operator(),
                    n.inputs().size() < 2 ? "B" : read);
        }
    }

    private Tensor constant(Node n, int index) throws ModelFileException {
        if (n.inputs().size() <= index) {
            throw new ModelFileException(Problem.ONNX_DANGLING, file, n.label(), n.operator(), "#" + index);
        }
        return constantNamed(n, n.inputs().get(index));
    }

    private Tensor constantNamed(Node n, String name) throws ModelFileException {
        Tensor t = constants.get(name);
        if (t == null) {
            throw new ModelFileException(Problem.ONNX_DANGLING, file, n.label(), n.operator(), name);
        }
        return t;
    }

    private ModelFileException attribute(Node n, String name, Object value, String takes) {
        return new ModelFileException(Problem.ONNX_ATTRIBUTE, file, n.label(), n.operator(), name, String.valueOf(value),
                takes);
    }

    private static long intAttribute(Node n, String name, long fallback) {
        Attribute a = n.attributes().get(name);
        return a == null ? fallback : a.i();
    }

    private static float floatAttribute(Node n, String name, float fallback) {
        Attribute a = n.attributes().get(name);
        return a == null ? fallback : a.f();
    }
}
