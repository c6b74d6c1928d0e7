package org.softmaxlab.ui.files;

import java.util.Arrays;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ParameterProblem;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * What is wrong with a model file, or with a model that cannot be saved, in the language
 * {@link Messages} speaks now; in English as the exception says it. Made from the problem's code and
 * values each time, so that a banner said again after a language switch follows it.
 */
public final class ModelFileText {

    private ModelFileText() {
    }

    /** "Cannot open 'x.smlab': the file is damaged: …", in this language. */
    public static String detail(ModelFileException e) {
        Object[] args = e.arguments().stream().map(ModelFileText::argument).toArray();
        String problem = Messages.format("model.open.problem." + e.problem().name(), args);
        return Messages.format("model.open.detail", e.fileName(), problem);
    }

    /**
     * Why the model in {@code fileName}, made for data of {@code made}, is not opened on data of
     * {@code open}: each one's classes and image shape, in this language.
     */
    public static String otherDataset(String fileName, DatasetSignature made, DatasetSignature open) {
        return Messages.format("model.open.otherDataset.detail", fileName, made.classCount(), shape(made.shape()),
                classNames(made), open.classCount(), shape(open.shape()), classNames(open));
    }

    /** "28×28 grayscale" in this language. */
    public static String shape(ImageShape shape) {
        return Messages.format(shape.isColour() ? "dataset.shape.colour" : "dataset.shape.gray", shape.height(),
                shape.width());
    }

    /** The first few class names, then "…": enough to recognise a data set. */
    public static String classNames(DatasetSignature signature) {
        int shown = Math.min(4, signature.classCount());
        String list = String.join(", ", signature.classNames().subList(0, shown));
        return shown < signature.classCount() ? list + ", …" : list;
    }

    /** Why a model with {@code problem} cannot be saved, in this language. */
    static String refusal(ParameterProblem problem) {
        String key = problem.kind().isWrongCount() ? "model.save.refused.count"
                : "model.save.refused.diverged";
        return Messages.format(key, of(problem));
    }

    /** The parameter problem, with the class named as the window names classes. */
    private static String of(ParameterProblem problem) {
        Object[] args = Arrays.copyOf(problem.arguments(), problem.arguments().length + 1);
        args[args.length - 1] = problem.classIndex() < 0 ? "" : ClassNames.of(problem.classIndex());
        return Messages.format("model.parameters." + problem.kind().name(), args);
    }

    private static Object argument(Object value) {
        return value instanceof ParameterProblem problem ? of(problem) : value;
    }
}
