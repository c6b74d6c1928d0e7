package org.softmaxlab.session;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of an ONNX model SoftmaxLab reads ({@code onnx.proto}'s ModelProto → GraphProto, IR version
 * 3 and later), as {@link OnnxParser} found it: checked to be well formed and bounded, not yet checked
 * to be a net SoftmaxLab can run ({@link OnnxNet} does that).
 *
 * @param nodes        the graph's nodes, in file order
 * @param initializers the graph's constant tensors, by name
 * @param inputs       the graph's inputs (older exporters list the initializers here too)
 * @param outputs      the graph's outputs
 * @param metadata     the model's metadata_props
 */
record OnnxGraph(List<Node> nodes, Map<String, Tensor> initializers, List<Value> inputs, List<Value> outputs,
                 Map<String, String> metadata) {

    /** TensorProto.DataType values SoftmaxLab reads or names. */
    static final int FLOAT = 1;
    static final int INT64 = 7;
    static final int DOUBLE = 11;

    /** onnx.proto's name of an element type, as messages say it. */
    static String typeName(int dataType) {
        return switch (dataType) {
            case 0 -> "undefined";
            case 1 -> "float32";
            case 2 -> "uint8";
            case 3 -> "int8";
            case 4 -> "uint16";
            case 5 -> "int16";
            case 6 -> "int32";
            case 7 -> "int64";
            case 8 -> "string";
            case 9 -> "bool";
            case 10 -> "float16";
            case 11 -> "float64";
            case 12 -> "uint32";
            case 13 -> "uint64";
            case 14 -> "complex64";
            case 15 -> "complex128";
            case 16 -> "bfloat16";
            default -> "type " + dataType;
        };
    }

    /** A shape as messages write it, NumPy style: (10, 784). */
    static String describe(long[] dims) {
        return dims.length == 1 ? "(" + dims[0] + ",)"
                : Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * A NodeProto.
     *
     * @param domain empty for the default operator set
     */
    record Node(String name, String opType, String domain, List<String> inputs, List<String> outputs,
                Map<String, Attribute> attributes) {

        /** The operator as messages name it: "Gemm", or "com.example.Foo" outside the default set. */
        String operator() {
            return domain.isEmpty() || domain.equals("ai.onnx") ? opType : domain + "." + opType;
        }

        /** The node's name, or its first output's when it has none (exporters may leave names out). */
        String label() {
            return !name.isEmpty() ? name : outputs.isEmpty() ? opType : outputs.get(0);
        }
    }

    /**
     * An AttributeProto of the kinds SoftmaxLab reads (a float, an int, a tensor); others keep only
     * their name and type.
     */
    record Attribute(String name, int type, float f, long i, Tensor t) {
        static final int FLOAT = 1;
        static final int INT = 2;
        static final int TENSOR = 4;
    }

    /**
     * A TensorProto whose size was checked against its shape. Float tensors (float32 or float64, rounded
     * to float32) carry {@code floats}, int64 tensors {@code longs}; other types neither.
     */
    record Tensor(String name, int dataType, long[] dims, float[] floats, long[] longs) {

        long elementCount() {
            long count = 1;
            for (long d : dims) {
                count *= d;
            }
            return count;
        }
    }

    /**
     * A ValueInfoProto of a tensor: its element type and shape, each dimension a number or null when
     * it is symbolic ({@code dim_param}, e.g. the batch "N") or absent; {@code shape} is null when the
     * file gives none.
     */
    record Value(String name, int elemType, Long[] shape) {

        String describe() {
            String type = typeName(elemType);
            if (shape == null) {
                return type;
            }
            return type + " " + Arrays.stream(shape).map(d -> d == null ? "N" : d.toString())
                    .collect(Collectors.joining(", ", "(", shape.length == 1 ? ",)" : ")"));
        }
    }
}
