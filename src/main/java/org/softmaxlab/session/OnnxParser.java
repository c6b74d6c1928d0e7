package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.softmaxlab.io.ProtoException;
import org.softmaxlab.io.ProtoReader;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.session.OnnxGraph.Attribute;
import org.softmaxlab.session.OnnxGraph.Node;
import org.softmaxlab.session.OnnxGraph.Tensor;
import org.softmaxlab.session.OnnxGraph.Value;

/**
 * Reads the subset of {@code onnx.proto} that d2l's nets use from a file's bytes, refusing what it
 * cannot trust before allocating for it: a length that runs past its message (the wire reader), a
 * negative dimension, a tensor whose shape claims more numbers than any model has, numbers that do not
 * fill the shape, and any tensor whose data lives in another file (SoftmaxLab never opens a path named
 * inside a model). Subgraphs, functions and training info are skipped unread, so the nesting is fixed
 * and reading takes time in proportion to the file. Field numbers are onnx.proto's (IR version 8).
 */
final class OnnxParser {

    /**
     * The most numbers one tensor may hold: above the widest MLP's first layer (785 × 4,096 = 3.2 million),
     * far below what would strain memory (16 MB of float32).
     */
    static final int MAX_TENSOR_ELEMENTS = 1 << 22;
    /**
     * The most entries of any other repeated field (nodes, initializers, a node's inputs, dimensions,
     * metadata): far above d2l's nets (5 nodes, 4 initializers, rank 4), so that a file of millions of
     * tiny entries cannot make the reader build millions of objects.
     */
    static final int MAX_ENTRIES = 1_000;

    private final byte[] bytes;
    private final String file;

    private OnnxParser(byte[] bytes, String file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** The graph in {@code bytes}, the whole of a file named {@code file}. */
    static OnnxGraph parse(byte[] bytes, String file) throws ModelFileException {
        try {
            return new OnnxParser(bytes, file).model(new ProtoReader(bytes));
        } catch (ProtoException e) {
            if (e.problem() == ProtoException.Problem.TRUNCATED) {
                // A varint length above 2^63 reads as a negative long: say it as the unsigned number it is.
                Object claimed = e.claimed() >= 0 ? e.claimed() : new java.math.BigInteger(Long.toUnsignedString(e.claimed()));
                throw new ModelFileException(Problem.ONNX_TRUNCATED, file, e, e.offset(), claimed, e.remaining());
            }
            throw new ModelFileException(Problem.ONNX_MALFORMED, file, e, e.offset());
        }
    }

    // ModelProto: 7 graph, 14 metadata_props
    private OnnxGraph model(ProtoReader r) throws ProtoException, ModelFileException {
        Map<String, String> metadata = new LinkedHashMap<>();
        ProtoReader graph = null;
        while (r.next()) {
            switch (r.field()) {
                case 7 -> graph = r.message();
                case 14 -> entry(room(r.message(), metadata.size(), "ModelProto.metadata_props"), metadata);
                default -> r.skip();
            }
        }
        if (graph == null) {
            throw new ModelFileException(Problem.ONNX_NO_GRAPH, file);
        }
        return graph(graph, metadata);
    }

    // StringStringEntryProto: 1 key, 2 value
    private static void entry(ProtoReader r, Map<String, String> into) throws ProtoException {
        String key = "";
        String value = "";
        while (r.next()) {
            switch (r.field()) {
                case 1 -> key = r.string();
                case 2 -> value = r.string();
                default -> r.skip();
            }
        }
        into.put(key, value);
    }

    // GraphProto: 1 node, 5 initializer, 11 input, 12 output
    private OnnxGraph graph(ProtoReader r, Map<String, String> metadata) throws ProtoException, ModelFileException {
        List<Node> nodes = new ArrayList<>();
        Map<String, Tensor> initializers = new LinkedHashMap<>();
        List<Value> inputs = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        while (r.next()) {
            switch (r.field()) {
                case 1 -> nodes.add(node(room(r.message(), nodes.size(), "GraphProto.node")));
                case 5 -> {
                    Tensor t = tensor(room(r.message(), initializers.size(), "GraphProto.initializer"));
                    initializers.put(t.name(), t);
                }
                case 11 -> inputs.add(value(room(r.message(), inputs.size(), "GraphProto.input")));
                case 12 -> outputs.add(value(room(r.message(), outputs.size(), "GraphProto.output")));
                default -> r.skip();
            }
        }
        return new OnnxGraph(List.copyOf(nodes), initializers, List.copyOf(inputs), List.copyOf(outputs), metadata);
    }

    // NodeProto: 1 input, 2 output, 3 name, 4 op_type, 5 attribute, 7 domain
    private Node node(ProtoReader r) throws ProtoException, ModelFileException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        String name = "";
        String op = "";
        String domain = "";
        while (r.next()) {
            switch (r.field()) {
                case 1 -> inputs.add(room(r, inputs.size(), "NodeProto.input").string());
                case 2 -> outputs.add(room(r, outputs.size(), "NodeProto.output").string());
                case 3 -> name = r.string();
                case 4 -> op = r.string();
                case 5 -> {
                    Attribute a = attribute(room(r.message(), attributes.size(), "NodeProto.attribute"));
                    attributes.put(a.name(), a);
                }
                case 7 -> domain = r.string();
                default -> r.skip();
            }
        }
        return new Node(name, op, domain, List.copyOf(inputs), List.copyOf(outputs), attributes);
    }

    // AttributeProto: 1 name, 2 f, 3 i, 5 t, 20 type; graphs (6, 11) and the rest are skipped
    private Attribute attribute(ProtoReader r) throws ProtoException, ModelFileException {
        String name = "";
        int type = 0;
        float f = 0;
        long i = 0;
        Tensor t = null;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> name = r.string();
                case 2 -> f = r.float32();
                case 3 -> i = r.int64();
                case 5 -> t = tensor(r.message());
                case 20 -> type = (int) r.int64();
                default -> r.skip();
            }
        }
        return new Attribute(name, type, f, i, t);
    }

    // TensorProto: 1 dims, 2 data_type, 4 float_data, 7 int64_data, 8 name, 9 raw_data, 10 double_data,
    // 13 external_data, 14 data_location
    private Tensor tensor(ProtoReader r) throws ProtoException, ModelFileException {
        ProtoReader.LongList dims = new ProtoReader.LongList();
        ProtoReader.FloatList floats = new ProtoReader.FloatList();
        ProtoReader.LongList longs = new ProtoReader.LongList();
        int dataType = 0;
        String name = "";
        ProtoReader.Slice raw = null;
        String externalLocation = null;
        boolean external = false;
        int externalEntries = 0;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> room(r.int64s(dims, MAX_ENTRIES), "TensorProto.dims", MAX_ENTRIES);
                case 2 -> dataType = (int) r.int64();
                case 4 -> room(r.floats(floats, MAX_TENSOR_ELEMENTS), "TensorProto.float_data", MAX_TENSOR_ELEMENTS);
                case 7 -> room(r.int64s(longs, MAX_TENSOR_ELEMENTS), "TensorProto.int64_data", MAX_TENSOR_ELEMENTS);
                case 8 -> name = r.string();
                case 9 -> raw = r.slice();
                case 10 -> room(r.doubles(floats, MAX_TENSOR_ELEMENTS), "TensorProto.double_data", MAX_TENSOR_ELEMENTS);
                case 13 -> {
                    external = true;
                    room(r, externalEntries++, "TensorProto.external_data");
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry(r.message(), entry);
                    if (entry.containsKey("location")) {
                        externalLocation = entry.get("location");
                    }
                }
                case 14 -> external |= r.int64() == 1;
                default -> r.skip();
            }
        }
        if (external) {
            throw new ModelFileException(Problem.ONNX_EXTERNAL_DATA, file, name,
                    externalLocation == null ? "" : externalLocation);
        }
        long[] shape = dims.toArray();
        long count = checkedCount(name, shape);
        int width = switch (dataType) {
            case OnnxGraph.FLOAT -> 4;
            case OnnxGraph.INT64, OnnxGraph.DOUBLE -> 8;
            default -> 0;
        };
        if (width == 0) {
            // Not a type SoftmaxLab uses: kept by name and type, so that a node that reads it is refused
            // naming both.
            return new Tensor(name, dataType, shape, null, null);
        }
        long found = raw != null ? raw.length() / width : dataType == OnnxGraph.INT64 ? longs.size() : floats.size();
        if (found != count || (raw != null && raw.length() % width != 0)) {
            throw new ModelFileException(Problem.ONNX_TENSOR_LENGTH, file, name, found, OnnxGraph.describe(shape), count);
        }
        int n = (int) count;
        if (raw == null) {
            return dataType == OnnxGraph.INT64 ? new Tensor(name, dataType, shape, null, longs.toArray())
                    : new Tensor(name, dataType, shape, floats.toArray(), null);
        }
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(bytes, raw.offset(), raw.length())
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (dataType == OnnxGraph.INT64) {
            long[] values = new long[n];
            data.asLongBuffer().get(values);
            return new Tensor(name, dataType, shape, null, values);
        }
        float[] values = new float[n];
        if (dataType == OnnxGraph.FLOAT) {
            data.asFloatBuffer().get(values);
        } else {
            for (int k = 0; k < n; k++) {
                values[k] = (float) data.getDouble();
            }
        }
        return new Tensor(name, dataType, shape, values, null);
    }

    /** {@code r}, once a repeated field holding {@code size} entries may take one more. */
    private ProtoReader room(ProtoReader r, int size, String field) throws ModelFileException {
        if (size >= MAX_ENTRIES) {
            throw new ModelFileException(Problem.ONNX_LIMIT, file, field, MAX_ENTRIES);
        }
        return r;
    }

    private void room(boolean fits, String field, int limit) throws ModelFileException {
        if (!fits) {
            throw new ModelFileException(Problem.ONNX_LIMIT, file, field, limit);
        }
    }

    /** The number of elements {@code shape} holds, once every dimension is a size and the total bounded. */
    private long checkedCount(String name, long[] shape) throws ModelFileException {
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new ModelFileException(Problem.ONNX_DIMENSION, file, name, d);
            }
            // Multiplying only while the count is within the limit keeps it from overflowing: both
            // factors are then at most 2^22.
            count = d == 0 || count == 0 ? 0 : count > MAX_TENSOR_ELEMENTS || d > MAX_TENSOR_ELEMENTS
                    ? MAX_TENSOR_ELEMENTS + 1 : count * d;
        }
        if (count > MAX_TENSOR_ELEMENTS) {
            throw new ModelFileException(Problem.ONNX_TENSOR_TOO_LARGE, file, name, OnnxGraph.describe(shape),
                    claimed(shape), MAX_TENSOR_ELEMENTS);
        }
        return count;
    }

    /** The number of elements a shape claims, for the message: exact while it fits a long, else saturated. */
    private static Object claimed(long[] shape) {
        java.math.BigInteger count = java.math.BigInteger.ONE;
        for (long d : shape) {
            count = count.multiply(java.math.BigInteger.valueOf(d));
        }
        return count;
    }

    // ValueInfoProto: 1 name, 2 type; TypeProto: 1 tensor_type; Tensor: 1 elem_type, 2 shape;
    // TensorShapeProto: 1 dim; Dimension: 1 dim_value, 2 dim_param
    private Value value(ProtoReader r) throws ProtoException, ModelFileException {
        String name = "";
        int elemType = 0;
        List<Long> shape = null;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> name = r.string();
                case 2 -> {
                    ProtoReader type = r.message();
                    while (type.next()) {
                        if (type.field() != 1) {
                            type.skip();
                            continue;
                        }
                        ProtoReader tensor = type.message();
                        while (tensor.next()) {
                            switch (tensor.field()) {
                                case 1 -> elemType = (int) tensor.int64();
                                case 2 -> shape = shape(tensor.message());
                                default -> tensor.skip();
                            }
                        }
                    }
                }
                default -> r.skip();
            }
        }
        if (shape != null) {
            for (Long d : shape) {
                if (d != null && d < 0) {
                    throw new ModelFileException(Problem.ONNX_DIMENSION, file, name, d);
                }
            }
        }
        return new Value(name, elemType, shape == null ? null : shape.toArray(new Long[0]));
    }

    private List<Long> shape(ProtoReader r) throws ProtoException, ModelFileException {
        List<Long> dims = new ArrayList<>();
        while (r.next()) {
            if (r.field() != 1) {
                r.skip();
                continue;
            }
            ProtoReader dim = room(r, dims.size(), "TensorShapeProto.dim").message();
            Long value = null;
            while (dim.next()) {
                if (dim.field() == 1) {
                    value = dim.int64();
                } else {
                    dim.skip();
                }
            }
            dims.add(value);
        }
        return dims;
    }
}
