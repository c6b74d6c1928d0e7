package org.softmaxlab.session;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A file that cannot be opened as a model. The message names the file, says what is wrong and what
 * to do, in English for logs and the command line; {@link #reason()} (the kind of problem),
 * {@link #problem()} (exactly what) and {@link #arguments()} let the window say the same in its own
 * language.
 */
public final class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The message's frame; {0} the file name, {1} the problem. */
    public static final String MESSAGE = "Cannot open ''{0}'': {1}";

    /** Why a model file was refused. */
    public enum Reason {
        /** The file could not be read at all (missing, a folder, no permission). */
        UNREADABLE,
        /** Some other kind of file, or an empty one. */
        NOT_A_MODEL_FILE,
        /** Written by a newer SoftmaxLab, in a format version this one does not read. */
        NEWER_VERSION,
        /** Shorter than its header says: an interrupted copy or download. */
        TRUNCATED,
        /** Bytes changed after saving: a checksum does not match. */
        DAMAGED,
        /** The checksums match but the content does not make sense (not written by SoftmaxLab). */
        INVALID_CONTENT,
        /** Not the parameters of the model its settings name (785 × 10 for softmax regression). */
        WRONG_PARAMETER_COUNT,
        /** Some parameter is NaN or infinite: the model had diverged. */
        NON_FINITE_PARAMETERS
    }

    /** Exactly what is wrong, with the English pattern of its explanation; {n} are the {@link #arguments()}. */
    public enum Problem {
        FOLDER(Reason.UNREADABLE, "it is a folder; choose a model file (*.smlab, *.npz or *.onnx)."),
        NOT_A_FILE(Reason.UNREADABLE, "it is not a regular file (a device or a pipe); choose a model file "
                + "(*.smlab, *.npz or *.onnx)."),
        /** {0} the absolute path. */
        NO_SUCH_FILE(Reason.UNREADABLE, "there is no such file ({0})."),
        ACCESS_DENIED(Reason.UNREADABLE, "you do not have permission to read it."),
        /** {0} the system's own description of the error. */
        READ_FAILED(Reason.UNREADABLE, "reading it failed ({0})."),
        EMPTY(Reason.NOT_A_MODEL_FILE, "the file is empty (0 bytes). Choose a model saved by SoftmaxLab (*.smlab), "
                + "a NumPy state_dict (*.npz) or an ONNX model (*.onnx)."),
        FOREIGN(Reason.NOT_A_MODEL_FILE, "it is not a SoftmaxLab model file. Choose a model saved by SoftmaxLab "
                + "(*.smlab), a NumPy state_dict (*.npz) or an ONNX model (*.onnx)."),
        /** {0} the largest size of a model file. */
        TOO_LARGE(Reason.DAMAGED, "it is larger than any model file (over {0,number,#,##0} bytes), although it "
                + "starts like one. Use another copy."),
        HEADER_CHECKSUM(Reason.DAMAGED, "the file is damaged: its header does not match its checksum. Use another "
                + "copy, or train and save the model again."),
        BODY_CHECKSUM(Reason.DAMAGED, "the file is damaged: its content does not match its checksum, so bytes "
                + "changed after it was saved. Use another copy, or train and save the model again."),
        /** {0} the extra bytes, {1} the size expected, {2} the size found. */
        TRAILING_BYTES(Reason.DAMAGED, "the file is damaged: it has {0,number,#,##0} unexpected "
                + "{0,choice,0#bytes|1#byte|1<bytes} after its end ({1,number,#,##0} bytes expected, "
                + "{2,number,#,##0} found). Use another copy."),
        /** {0} the size of a header, {1} the size found. */
        TRUNCATED_HEADER(Reason.TRUNCATED, "the file is cut short: expected at least {0,number,#,##0} bytes, found "
                + "{1,number,#,##0}. It was probably copied or downloaded incompletely; copy it again from the "
                + "original."),
        /** {0} the size the header promises, {1} the size found. */
        TRUNCATED_BODY(Reason.TRUNCATED, "the file is cut short: expected {0,number,#,##0} bytes, found "
                + "{1,number,#,##0}. It was probably copied or downloaded incompletely; copy it again from the "
                + "original."),
        /** {0} the file's format version, {1} the newest this version reads. */
        NEWER_FORMAT(Reason.NEWER_VERSION, "it was saved by a newer SoftmaxLab (model format {0}; this version reads "
                + "format {1} and older). Update SoftmaxLab to open it."),
        /** {0} the format version declared. */
        UNKNOWN_FORMAT(Reason.INVALID_CONTENT, "it declares model format {0}, which no SoftmaxLab writes."),
        ENDS_EARLY(Reason.INVALID_CONTENT, "its content ends too early, although its checksum is right. It was not "
                + "written by SoftmaxLab."),
        /** {0} the loss formula's id as stored. */
        UNKNOWN_LOSS(Reason.INVALID_CONTENT, "it names a loss formula ''{0}'' that this SoftmaxLab does not know. "
                + "Update SoftmaxLab to open it."),
        /** {0} the model kind's id as stored. */
        UNKNOWN_MODEL(Reason.INVALID_CONTENT, "it names a model ''{0}'' that this SoftmaxLab does not know. "
                + "Update SoftmaxLab to open it."),
        /** {0} what is wrong with the data set it records (in English). */
        INVALID_DATASET(Reason.INVALID_CONTENT, "the data set it was made for is recorded wrongly ({0}). It was not "
                + "written by SoftmaxLab."),
        /** {0} what is wrong with the settings, as the settings check says it (in English). */
        INVALID_SETTINGS(Reason.INVALID_CONTENT, "the training settings stored in it are invalid ({0})."),
        /** {0} the number of epochs declared. */
        NO_ROOM_FOR_EPOCHS(Reason.INVALID_CONTENT, "it declares {0} {0,choice,0#epochs|1#epoch|1<epochs} of "
                + "metrics but has no room for them. It was not written by SoftmaxLab."),
        /** {0} the extra bytes. */
        EXTRA_BYTES(Reason.INVALID_CONTENT, "it has {0,number,#,##0} unexpected {0,choice,0#bytes|1#byte|1<bytes} "
                + "after its parameters. It was not written by this version of SoftmaxLab."),
        /** {0} the {@link ParameterProblem}. */
        WRONG_PARAMETER_COUNT(Reason.WRONG_PARAMETER_COUNT, "{0}. It is not a model that SoftmaxLab can use."),
        /** A NumPy .npz that is not a zip. */
        NPZ_NOT_A_ZIP(Reason.NOT_A_MODEL_FILE, "it is not a NumPy .npz archive (a zip of .npy arrays, as np.savez "
                + "writes). Choose a .npz saved with np.savez, or a SoftmaxLab model (*.smlab)."),
        /** {0} what the zip reader said. */
        NPZ_TRUNCATED(Reason.TRUNCATED, "the archive is cut short or damaged ({0}). Copy it again, or save it again "
                + "with np.savez."),
        /** {0} the key. */
        NPZ_CHECKSUM(Reason.DAMAGED, "the array ''{0}'' is damaged: its bytes do not match the archive''s checksum. "
                + "Copy it again."),
        /** {0} the key, {1} why (in English). */
        NPZ_NOT_NPY(Reason.INVALID_CONTENT, "''{0}'' is not a NumPy array: {1}."),
        /** {0} the key, {1} NumPy's name of the dtype, {2} the dtype descriptor. */
        NPZ_DTYPE(Reason.INVALID_CONTENT, "''{0}'' holds {1} numbers (dtype ''{2}''), but model weights must be "
                + "float32 or float64. In PyTorch, save v.float().numpy()."),
        /** {0} the key. */
        NPZ_FORTRAN_ORDER(Reason.INVALID_CONTENT, "''{0}'' is stored in Fortran (column-major) order. Save it in C "
                + "order (np.ascontiguousarray)."),
        /** {0} the key, {1} bytes found, {2} bytes its shape needs. */
        NPZ_WRONG_LENGTH(Reason.TRUNCATED, "''{0}'' has {1,number,#,##0} {1,choice,0#bytes|1#byte|1<bytes} of "
                + "data, but its shape needs {2,number,#,##0}. Copy it again, or save it again with np.savez."),
        /** {0} the largest size of a model. */
        NPZ_TOO_LARGE(Reason.NOT_A_MODEL_FILE, "its arrays are larger than any model (over {0,number,#,##0} bytes)."),
        /** {0} how many arrays, {1} the most a model file may hold. */
        NPZ_TOO_MANY_ARRAYS(Reason.NOT_A_MODEL_FILE, "it holds {0,number,#,##0} arrays, more than any model "
                + "({1} at most)."),
        /** {0} the key, {1} the header's length, {2} the longest NumPy reads. */
        NPZ_HEADER_TOO_LONG(Reason.INVALID_CONTENT, "''{0}'' has a header of {1,number,#,##0} {1,choice,0#bytes|1#byte|1<bytes}, but NumPy "
                + "reads at most {2,number,#,##0} (np.save writes about 128). It was not written by NumPy."),
        /** {0} the key, {1} its shape, {2} the negative dimension. */
        NPZ_NEGATIVE_DIMENSION(Reason.INVALID_CONTENT, "''{0}'' has shape {1}, with a negative dimension ({2}), "
                + "which no array has. It was not written by NumPy."),
        /** {0} the key, {1} its shape. */
        NPZ_HUGE_SHAPE(Reason.INVALID_CONTENT, "''{0}'' has shape {1}, far more numbers than any model has. It is "
                + "not a model SoftmaxLab can use."),
        /** {0} the key, {1} the bytes the archive declares, {2} the bytes found. */
        NPZ_ENTRY_SHORTER(Reason.TRUNCATED, "''{0}'' is cut short: the archive declares {1,number,#,##0} {1,choice,0#bytes|1#byte|1<bytes} for "
                + "it, but it holds only {2,number,#,##0}. Copy it again, or save it again with np.savez."),
        /** {0} the key, {1} the bytes the archive declares. */
        NPZ_ENTRY_LONGER(Reason.DAMAGED, "''{0}'' is damaged: it unpacks to more than the {1,number,#,##0} {1,choice,0#bytes|1#byte|1<bytes} "
                + "the archive declares for it. Use another copy, or save it again with np.savez."),
        /** {0} the key. */
        NPZ_UNKNOWN_KEY(Reason.WRONG_PARAMETER_COUNT, "it holds an array ''{0}'' that neither model has. SoftmaxLab "
                + "reads the state_dict of d2l''s nets: ''1.weight'' and ''1.bias'' (softmax regression), and also "
                + "''3.weight'' and ''3.bias'' (the MLP)."),
        /** {0} the key. */
        NPZ_MISSING_KEY(Reason.WRONG_PARAMETER_COUNT, "it has no array ''{0}''. SoftmaxLab reads the state_dict of "
                + "d2l''s nets: ''1.weight'' and ''1.bias'' (softmax regression), and also ''3.weight'' and "
                + "''3.bias'' (the MLP)."),
        /** {0} the key, {1} its shape, {2} the shape needed. */
        NPZ_WRONG_SHAPE(Reason.WRONG_PARAMETER_COUNT, "''{0}'' has shape {1}, but this model needs {2}."),
        /** {0} the key, {1} how many are not finite, {2} the flat index of the first. */
        NPZ_NON_FINITE(Reason.NON_FINITE_PARAMETERS, "''{0}'' holds {1,number,#,##0} {1,choice,0#numbers that "
                + "are|1#number that is|1<numbers that are} not finite (NaN or ±∞), the first at flat index "
                + "{2,number,#,##0}: the model had diverged when it was saved and cannot classify anything."),
        /** {0,number,#,##0}: the largest size. */
        ONNX_TOO_LARGE(Reason.NOT_A_MODEL_FILE, "it is larger than any model SoftmaxLab opens (over {0,number,#,##0} bytes)."),
        /** {0} the byte where the field starts, {1} the bytes it claims, {2} the bytes left. */
        ONNX_TRUNCATED(Reason.TRUNCATED, "the file is cut short or damaged: the field at byte {0,number,#,##0} claims "
                + "{1,number,#,##0} {1,choice,0#bytes|1#byte|1<bytes}, but only {2,number,#,##0} remain. Copy it "
                + "again, or export it "
                + "again."),
        /** {0} the byte where it stops making sense. */
        ONNX_MALFORMED(Reason.NOT_A_MODEL_FILE, "it is not an ONNX model: its bytes stop making sense at byte {0,number,#,##0}. Choose a "
                + ".onnx file written by torch.onnx.export or by SoftmaxLab."),
        ONNX_NO_GRAPH(Reason.NOT_A_MODEL_FILE, "it holds no ONNX graph. Choose a .onnx file written by torch.onnx.export or by "
                + "SoftmaxLab."),
        /** {0} the tensor, {1} the file it names. */
        ONNX_EXTERNAL_DATA(Reason.INVALID_CONTENT, "the tensor ''{0}'' keeps its numbers in another file (''{1}''), and SoftmaxLab never "
                + "opens a file named inside a model. Export the model again with its weights inside it "
                + "(torch.onnx.export does so for any model under 2 GB)."),
        /** {0} which repeated field of onnx.proto, e.g. "GraphProto.node", {1} the most SoftmaxLab reads. */
        ONNX_LIMIT(Reason.INVALID_CONTENT, "its {0} has more entries than any model SoftmaxLab opens (over "
                + "{1,number,#,##0}); it is not one of d2l''s nets."),
        /** {0} the tensor or value, {1} the dimension. */
        ONNX_DIMENSION(Reason.INVALID_CONTENT, "''{0}'' has a dimension of {1,number,#,##0}, which no tensor can have."),
        /** {0} the tensor, {1} its shape, {2} the numbers it claims, {3} the most SoftmaxLab takes. */
        ONNX_TENSOR_TOO_LARGE(Reason.INVALID_CONTENT, "the tensor ''{0}'' claims shape {1}: {2,number,#,##0} numbers, more than any model "
                + "SoftmaxLab opens has (at most {3,number,#,##0})."),
        /** {0} the tensor, {1} the numbers found, {2} its shape, {3} the numbers its shape needs. */
        ONNX_TENSOR_LENGTH(Reason.TRUNCATED, "the tensor ''{0}'' holds {1,number,#,##0} {1,choice,0#numbers|1#number|1<numbers}, but "
                + "its shape {2} needs {3,number,#,##0}. Copy it again, or export it again."),
        /** {0} the tensor, {1} its element type, {2} the types needed. */
        ONNX_TENSOR_TYPE(Reason.INVALID_CONTENT, "the tensor ''{0}'' holds {1} numbers, but SoftmaxLab needs {2} here. In PyTorch, export "
                + "the net after net.float()."),
        /** {0} the tensor, {1} its shape, {2} the shape needed. */
        ONNX_TENSOR_SHAPE(Reason.WRONG_PARAMETER_COUNT, "''{0}'' has shape {1}, but this model needs {2}."),
        /** {0} the node, {1} its operator. */
        ONNX_OPERATOR(Reason.INVALID_CONTENT, "its node ''{0}'' uses the operator {1}, which SoftmaxLab cannot run. SoftmaxLab opens "
                + "d2l''s nets as torch.onnx.export writes them: Flatten, then Gemm (or MatMul and Add), "
                + "Relu between two layers, and optionally Softmax at the end."),
        /** {0} the node, {1} its operator, {2} the attribute, {3} its value, {4} what SoftmaxLab takes. */
        ONNX_ATTRIBUTE(Reason.INVALID_CONTENT, "its node ''{0}'' ({1}) has {2} = {3}, which SoftmaxLab cannot take (it takes {4})."),
        /** {0} a node on the cycle, {1} its operator. */
        ONNX_CYCLE(Reason.INVALID_CONTENT, "its graph has a cycle: the node ''{0}'' ({1}) depends on its own output. A model''s "
                + "graph must run from its input to its output."),
        /** {0} the node, {1} its operator, {2} the value it reads. */
        ONNX_DANGLING(Reason.INVALID_CONTENT, "its node ''{0}'' ({1}) reads ''{2}'', which nothing in the file provides."),
        /** {0} the value, {1} how many nodes read it. */
        ONNX_NOT_A_CHAIN(Reason.INVALID_CONTENT, "its graph is not one chain from input to output: ''{0}'' is read by {1,number,#,##0} "
                + "nodes."),
        /** {0} the node, {1} its operator. */
        ONNX_OFF_PATH(Reason.INVALID_CONTENT, "its node ''{0}'' ({1}) is not on the path from the input to the output."),
        /** {0} the output. */
        ONNX_OUTPUT(Reason.INVALID_CONTENT, "its output ''{0}'' is not what the end of the net computes; SoftmaxLab reads the logits "
                + "(or the probabilities) of the last layer."),
        /** {0} how many inputs. */
        ONNX_INPUTS(Reason.INVALID_CONTENT, "it has {0,number,#,##0} {0,choice,0#inputs|1#input|1<inputs}, but SoftmaxLab feeds a "
                + "model exactly one: a batch of images."),
        /** {0} the input, {1} its type and shape, {2} what SoftmaxLab feeds. */
        ONNX_INPUT(Reason.INVALID_CONTENT, "its input ''{0}'' is {1}, but SoftmaxLab feeds {2}."),
        /** {0} the net, layer by layer. */
        ONNX_LAYERS(Reason.WRONG_PARAMETER_COUNT, "its net is {0}, which is neither of the models SoftmaxLab trains: softmax regression "
                + "(Gemm 784 → 10) and the MLP (Gemm 784 → H, Relu, Gemm H → 10)."),
        /** {0} the tensor, {1} how many are not finite, {2} the flat index of the first. */
        ONNX_NON_FINITE(Reason.NON_FINITE_PARAMETERS, "''{0}'' holds {1,number,#,##0} {1,choice,0#numbers that are|1#number that is|1<numbers "
                + "that are} not finite (NaN or ±∞), the first at flat index {2,number,#,##0}: the model "
                + "had diverged when it was saved and cannot classify anything."),
        /** {0} the {@link ParameterProblem}. */
        NON_FINITE_PARAMETERS(Reason.NON_FINITE_PARAMETERS, "{0}: the model had diverged when it was saved and "
                + "cannot classify anything. Train it again with a smaller learning rate.");

        private final Reason reason;
        private final String pattern;

        Problem(Reason reason, String pattern) {
            this.reason = reason;
            this.pattern = pattern;
        }

        /** The kind of problem this is. */
        public Reason reason() {
            return reason;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }
    }

    private final Problem problem;
    private final String fileName;
    private final transient List<Object> arguments;

    /**
     * @param problem   what is wrong
     * @param fileName  the file's name, without its folder
     * @param arguments the values {@code problem}'s pattern names: numbers, texts, or a {@link ParameterProblem}
     */
    ModelFileException(Problem problem, String fileName, Object... arguments) {
        this(problem, fileName, null, arguments);
    }

    ModelFileException(Problem problem, String fileName, Throwable cause, Object... arguments) {
        super(english(problem, fileName, arguments), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    private static String english(Problem problem, String fileName, Object[] arguments) {
        String explanation = new MessageFormat(problem.pattern(), Locale.ROOT).format(arguments);
        return new MessageFormat(MESSAGE, Locale.ROOT).format(new Object[] {fileName, explanation});
    }

    /** Which kind of problem this is. */
    public Reason reason() {
        return problem.reason();
    }

    /** Exactly what is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The name of the file, without its folder. */
    public String fileName() {
        return fileName;
    }

    /** The values the problem's explanation names, in its pattern's order. */
    public List<Object> arguments() {
        return arguments;
    }
}
