package org.softmaxlab.session;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.io.ProtoWriter;
import org.softmaxlab.train.ModelSpec;

/**
 * ONNX files for tests, built field by field with the same wire writer, so that a test can make any
 * graph: the nets torch.onnx.export writes, their variants, and hostile files.
 */
public final class OnnxBuilder {

    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private int opset = 14;

    /** d2l's net as torch 1.13's torch.onnx.export writes it (node and value names included). */
    public static OnnxBuilder torchLike(ModelSpec spec, float[] parameters) {
        OnnxBuilder b = new OnnxBuilder().input("x", OnnxGraph.FLOAT, "N", 1, 28, 28);
        b.node("/0/Flatten", "Flatten", List.of("x"), "/0/Flatten_output_0", intAttribute("axis", 1));
        String current = "/0/Flatten_output_0";
        int[] in = spec.layerInputs();
        int[] out = spec.layerOutputs();
        for (int l = 0; l < out.length; l++) {
            int module = 1 + 2 * l;
            boolean last = l == out.length - 1;
            String output = last ? "y" : "/" + module + "/Gemm_output_0";
            b.node("/" + module + "/Gemm", "Gemm", List.of(current, module + ".weight", module + ".bias"), output,
                    floatAttribute("alpha", 1), floatAttribute("beta", 1), intAttribute("transB", 1));
            b.initializer(floatTensor(module + ".weight", new long[] {out[l], in[l]},
                    transposed(parameters, spec.layerOffset(l), in[l], out[l])));
            float[] bias = new float[out[l]];
            System.arraycopy(parameters, spec.layerOffset(l) + in[l] * out[l], bias, 0, out[l]);
            b.initializer(floatTensor(module + ".bias", new long[] {out[l]}, bias));
            current = output;
            if (!last) {
                b.node("/" + (module + 1) + "/Relu", "Relu", List.of(current), "/" + (module + 1) + "/Relu_output_0");
                current = "/" + (module + 1) + "/Relu_output_0";
            }
        }
        return b.output("y");
    }

    /** The [out, in] transpose of SoftmaxLab's [in, out] block at {@code offset}. */
    static float[] transposed(float[] parameters, int offset, int in, int out) {
        float[] w = new float[in * out];
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                w[o * in + i] = parameters[offset + i * out + o];
            }
        }
        return w;
    }

    OnnxBuilder opset(int version) {
        opset = version;
        return this;
    }

    public OnnxBuilder node(String name, String op, List<String> in, String out, ProtoWriter... attributes) {
        return node(name, op, "", in, List.of(out), attributes);
    }

    OnnxBuilder node(String name, String op, String domain, List<String> in, List<String> out,
                     ProtoWriter... attributes) {
        ProtoWriter n = new ProtoWriter();
        in.forEach(i -> n.string(1, i));
        out.forEach(o -> n.string(2, o));
        n.string(3, name).string(4, op);
        for (ProtoWriter a : attributes) {
            n.message(5, a);
        }
        if (!domain.isEmpty()) {
            n.string(7, domain);
        }
        nodes.add(n);
        return this;
    }

    public OnnxBuilder initializer(ProtoWriter tensor) {
        initializers.add(tensor);
        return this;
    }

    /** Replaces the initializer at {@code index}. */
    OnnxBuilder initializer(int index, ProtoWriter tensor) {
        initializers.set(index, tensor);
        return this;
    }

    /** An input; each dimension an Integer (dim_value) or a String (dim_param). */
    public OnnxBuilder input(String name, int elemType, Object... dims) {
        inputs.add(value(name, elemType, dims));
        return this;
    }

    public OnnxBuilder output(String name) {
        outputs.add(value(name, OnnxGraph.FLOAT, "N", 10));
        return this;
    }

    static ProtoWriter value(String name, int elemType, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            shape.message(1, d instanceof String s ? new ProtoWriter().string(2, s)
                    : new ProtoWriter().varint(1, ((Number) d).longValue()));
        }
        ProtoWriter tensor = new ProtoWriter().varint(1, elemType).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensor));
    }

    public static ProtoWriter floatTensor(String name, long[] dims, float[] values) {
        return new ProtoWriter().packedInt64(1, dims).varint(2, OnnxGraph.FLOAT).string(8, name)
                .bytes(9, ProtoWriter.littleEndian(values));
    }

    static ProtoWriter int64Tensor(String name, long... values) {
        java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(values.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        return new ProtoWriter().packedInt64(1, values.length).varint(2, OnnxGraph.INT64).string(8, name)
                .bytes(9, raw.array());
    }

    static ProtoWriter intAttribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, OnnxGraph.Attribute.INT);
    }

    static ProtoWriter floatAttribute(String name, float value) {
        return new ProtoWriter().string(1, name).float32(2, value).varint(20, OnnxGraph.Attribute.FLOAT);
    }

    static ProtoWriter tensorAttribute(String name, ProtoWriter tensor) {
        return new ProtoWriter().string(1, name).message(5, tensor).varint(20, OnnxGraph.Attribute.TENSOR);
    }

    public byte[] bytes() {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, "test");
        initializers.forEach(t -> graph.message(5, t));
        inputs.forEach(v -> graph.message(11, v));
        outputs.forEach(v -> graph.message(12, v));
        return new ProtoWriter().varint(1, 7).string(2, "pytorch").string(3, "1.13.0").message(7, graph)
                .message(8, new ProtoWriter().varint(2, opset)).toByteArray();
    }
}
