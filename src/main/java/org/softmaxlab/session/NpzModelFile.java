package org.softmaxlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.io.NpyArray;
import org.softmaxlab.io.Npz;
import org.softmaxlab.io.NpzException;
import org.softmaxlab.session.ModelFileException.Problem;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/**
 * Models as NumPy .npz archives of PyTorch's {@code state_dict} for d2l's nets, so a model travels
 * between SoftmaxLab and the book's notebooks:
 * <pre>
 * softmax regression  nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
 *     1.weight (10, 784)   1.bias (10,)
 * MLP                 nn.Sequential(nn.Flatten(), nn.Linear(784, H), nn.ReLU(), nn.Linear(H, 10))
 *     1.weight (H, 784)    1.bias (H,)    3.weight (10, H)    3.bias (10,)
 * </pre>
 * float32, little-endian, C order ({@code np.savez} of {@code v.numpy()}). PyTorch's weight is
 * [out, in], the transpose of SoftmaxLab's [in + 1, out] layer blocks; the transposition is exact.
 *
 * <p>Reading also accepts float64 (rounded to float32, as {@code torch.tensor(v).float()} would) and
 * big-endian arrays; any other dtype, an unknown or missing key, a wrong shape, a non-finite weight or
 * a damaged archive is refused with a message naming the array and what was expected.
 *
 * <p>An .npz holds weights only. An opened one gets d2l's settings for its model
 * ({@link TrainConfig#DEFAULTS} with the model found) and no epochs: how it was trained is unknown.
 * Saving to .npz keeps the weights and drops the settings and metrics.
 */
public final class NpzModelFile {

    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".npz";

    private static final List<String> SOFTMAX_KEYS = List.of("1.weight", "1.bias");
    private static final List<String> MLP_KEYS = List.of("1.weight", "1.bias", "3.weight", "3.bias");
    /**
     * Far more arrays than any model's state_dict has (four), so that an archive of thousands of empty
     * entries is refused by its directory, before any is read; an unknown one among a few is named.
     */
    static final int MAX_ARRAYS = 64;

    private NpzModelFile() {
    }

    /** Saves the weights of {@code model} as a state_dict archive, replacing {@code file} atomically. */
    public static void write(Path file, SavedModel model) throws IOException {
        Objects.requireNonNull(model, "model");
        Npz.write(file, stateDict(model.model(), model.parameters()));
    }

    /**
     * Opens a state_dict archive, checking everything before returning; reading changes nothing.
     *
     * @throws ModelFileException naming the file, the array and what was expected
     */
    public static SavedModel read(Path file) throws ModelFileException {
        String name = String.valueOf(file.getFileName());
        ModelFile.checkIsFile(file, name);
        Map<String, NpyArray> arrays;
        try {
            arrays = Npz.read(file, ModelFile.MAX_FILE_BYTES, MAX_ARRAYS);
        } catch (IOException e) {
            throw ModelFile.unreadable(file, name, e);
        } catch (NpzException e) {
            throw translate(e, name);
        }
        return fromStateDict(arrays, name);
    }

    /** The state_dict of a model whose parameters are laid out as {@link ModelSpec} says. */
    static Map<String, NpyArray> stateDict(ModelSpec model, float[] parameters) {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (Layer layer : Layer.of(model)) {
            float[] weight = new float[layer.out * layer.in];
            float[] bias = new float[layer.out];
            copyTransposed(parameters, layer.offset, layer.in, layer.out, weight, 0);
            System.arraycopy(parameters, layer.biasOffset(), bias, 0, layer.out);
            arrays.put(layer.weightKey(), new NpyArray(new int[] {layer.out, layer.in}, weight));
            arrays.put(layer.biasKey(), new NpyArray(new int[] {layer.out}, bias));
        }
        return arrays;
    }

    /**
     * One nn.Linear of d2l's net: its inputs and outputs, where its [in + 1, out] block starts in
     * SoftmaxLab's flat parameters, and its index in nn.Sequential (1, then 3 after the ReLU).
     */
    private record Layer(int in, int out, int offset, int module) {

        static List<Layer> of(ModelSpec model) {
            int[] inputs = model.layerInputs();
            int[] outputs = model.layerOutputs();
            List<Layer> layers = new java.util.ArrayList<>();
            for (int l = 0; l < outputs.length; l++) {
                layers.add(new Layer(inputs[l], outputs[l], model.layerOffset(l), 1 + 2 * l));
            }
            return layers;
        }

        int biasOffset() {
            return offset + in * out;
        }

        String weightKey() {
            return module + ".weight";
        }

        String biasKey() {
            return module + ".bias";
        }
    }

    /** Writes the transpose of the [rows × columns] matrix at {@code from[fromOffset]} to {@code to[toOffset]}. */
    private static void copyTransposed(float[] from, int fromOffset, int rows, int columns, float[] to, int toOffset) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                to[toOffset + c * rows + r] = from[fromOffset + r * columns + c];
            }
        }
    }

    private static SavedModel fromStateDict(Map<String, NpyArray> arrays, String name) throws ModelFileException {
        DatasetSignature dataset = DatasetSignature.FASHION_MNIST;
        ModelSpec model = modelOf(arrays, name, dataset);
        float[] parameters = new float[model.parameterCount()];
        for (Layer layer : Layer.of(model)) {
            float[] weight = checked(arrays, layer.weightKey(), new int[] {layer.out, layer.in}, name);
            float[] bias = checked(arrays, layer.biasKey(), new int[] {layer.out}, name);
            copyTransposed(weight, 0, layer.out, layer.in, parameters, layer.offset);
            System.arraycopy(bias, 0, parameters, layer.biasOffset(), layer.out);
        }
        return new SavedModel(TrainConfig.DEFAULTS.withModel(model), List.of(), parameters, dataset);
    }

    /** Which model the keys and the first layer's shape say this is. */
    private static ModelSpec modelOf(Map<String, NpyArray> arrays, String name, DatasetSignature dataset)
            throws ModelFileException {
        int inputs = dataset.shape().values();
        int classes = dataset.classCount();
        for (String key : arrays.keySet()) {
            if (!MLP_KEYS.contains(key)) {
                throw new ModelFileException(Problem.NPZ_UNKNOWN_KEY, name, key);
            }
        }
        boolean mlp = arrays.containsKey("3.weight") || arrays.containsKey("3.bias");
        for (String key : mlp ? MLP_KEYS : SOFTMAX_KEYS) {
            if (!arrays.containsKey(key)) {
                throw new ModelFileException(Problem.NPZ_MISSING_KEY, name, key);
            }
        }
        if (!mlp) {
            return ModelSpec.of(ModelSpec.Kind.SOFTMAX, 0, inputs, classes);
        }
        int[] first = arrays.get("1.weight").shape();
        int hidden = first.length == 2 ? first[0] : -1;
        ModelSpec model = ModelSpec.of(ModelSpec.Kind.MLP, hidden, inputs, classes);
        if (first.length != 2 || first[1] != inputs || !model.problems().isEmpty()) {
            throw new ModelFileException(Problem.NPZ_WRONG_SHAPE, name, "1.weight", NpyArray.describe(first),
                    "(H, " + inputs + "), H from 1 to " + ModelSpec.MAX_HIDDEN);
        }
        return model;
    }

    /** The values of {@code key}, once its shape is {@code shape} and every value finite. */
    private static float[] checked(Map<String, NpyArray> arrays, String key, int[] shape, String name)
            throws ModelFileException {
        NpyArray array = arrays.get(key);
        if (!java.util.Arrays.equals(array.shape(), shape)) {
            throw new ModelFileException(Problem.NPZ_WRONG_SHAPE, name, key, NpyArray.describe(array.shape()),
                    NpyArray.describe(shape));
        }
        float[] values = array.values();
        int count = 0;
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count > 0) {
            throw new ModelFileException(Problem.NPZ_NON_FINITE, name, key, count, first);
        }
        return values;
    }

    private static ModelFileException translate(NpzException e, String name) {
        String key = e.key();
        List<Object> details = e.details();
        return switch (e.problem()) {
            case NOT_A_ZIP -> new ModelFileException(Problem.NPZ_NOT_A_ZIP, name);
            case TRUNCATED_ZIP -> new ModelFileException(Problem.NPZ_TRUNCATED, name, e,
                    details.isEmpty() ? "" : details.get(0));
            case CHECKSUM -> new ModelFileException(Problem.NPZ_CHECKSUM, name, e, key);
            case NOT_NPY -> new ModelFileException(Problem.NPZ_NOT_NPY, name, e, key, details.get(0));
            case UNSUPPORTED_DTYPE -> new ModelFileException(Problem.NPZ_DTYPE, name, e, key, details.get(1),
                    details.get(0));
            case FORTRAN_ORDER -> new ModelFileException(Problem.NPZ_FORTRAN_ORDER, name, e, key);
            case WRONG_LENGTH -> new ModelFileException(Problem.NPZ_WRONG_LENGTH, name, e, key, details.get(1),
                    details.get(0));
            case TOO_LARGE -> new ModelFileException(Problem.NPZ_TOO_LARGE, name, e, details.get(0));
            case TOO_MANY_ARRAYS -> new ModelFileException(Problem.NPZ_TOO_MANY_ARRAYS, name, e, details.get(0),
                    details.get(1));
            case HEADER_TOO_LONG -> new ModelFileException(Problem.NPZ_HEADER_TOO_LONG, name, e, key, details.get(0),
                    details.get(1));
            case NEGATIVE_DIMENSION -> new ModelFileException(Problem.NPZ_NEGATIVE_DIMENSION, name, e, key,
                    details.get(0), details.get(1));
            case HUGE_SHAPE -> new ModelFileException(Problem.NPZ_HUGE_SHAPE, name, e, key, details.get(0));
            case ENTRY_SHORTER -> new ModelFileException(Problem.NPZ_ENTRY_SHORTER, name, e, key, details.get(0),
                    details.get(1));
            case ENTRY_LONGER -> new ModelFileException(Problem.NPZ_ENTRY_LONGER, name, e, key, details.get(0));
        };
    }
}
