package org.softmaxlab.session;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;

/**
 * A trained model as a file holds it: the settings it was trained with, what each epoch achieved, its
 * parameters, and the data set it was made for (class names and image shape). Only a model that can
 * be used again can exist: valid settings and exactly as many finite parameters as the model its
 * settings name has for its data set ({@value #PARAMETER_COUNT} for softmax regression on
 * Fashion-MNIST).
 *
 * <p>The parameters are {@link org.softmaxlab.train.Model#parametersCopy()}, laid out as
 * {@link ModelSpec} says (softmax regression: the [(D + 1) × K] matrix, D weight rows, then the bias
 * row). Build the model again with {@code Model.of(saved.model(), saved.parameters())}; this record
 * holds a plain array so that reading and writing files needs no ND4J. Whether it fits the data set
 * open now: {@code saved.dataset().mismatch(data.signature())}.
 *
 * @param config     the settings of the training run (the last one, when a model was trained further)
 * @param epochs     the metrics of every finished epoch, in order; may be empty
 * @param parameters the weights and biases in the layout of {@link #model()}, copied in and out
 * @param dataset    the class names and image shape of the data set the model was made for
 */
public record SavedModel(TrainConfig config, List<EpochMetrics> epochs, float[] parameters, DatasetSignature dataset) {

    /** 785 × 10: a weight per pixel and a bias, for each class, in softmax regression on Fashion-MNIST. */
    public static final int PARAMETER_COUNT = ParameterProblem.COUNT;

    /** Why parameters of the wrong count cannot be saved, in English; {0} the {@link ParameterProblem}. */
    public static final String REFUSED = "This model cannot be saved: {0}.";
    /** Why parameters that are not all finite cannot be saved, in English; {0} the {@link ParameterProblem}. */
    public static final String REFUSED_DIVERGED = "This model cannot be saved: {0}. Training diverged; train again "
            + "with a smaller learning rate, then save.";

    /**
     * @throws IllegalArgumentException naming the problem, if the settings are invalid or the parameters
     *                                  are not as many finite numbers as the model has
     */
    public SavedModel {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dataset, "dataset");
        List<String> configProblems = config.problems();
        if (!configProblems.isEmpty()) {
            throw new IllegalArgumentException("This model cannot be saved: its settings are invalid ("
                    + String.join("; ", configProblems) + ").");
        }
        epochs = List.copyOf(epochs);
        Optional<ParameterProblem> problem = whyNotSavable(config.model().sizedFor(dataset), dataset, parameters);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(refusal(problem.get()));
        }
        parameters = parameters.clone();
    }

    /** A model made for Fashion-MNIST (the d2l lesson, and every model file from before data sets). */
    public SavedModel(TrainConfig config, List<EpochMetrics> epochs, float[] parameters) {
        this(config, epochs, parameters, DatasetSignature.FASHION_MNIST);
    }

    /** The model, sized for its data set: what {@code Model.of} builds. */
    public ModelSpec model() {
        return config.model().sizedFor(dataset);
    }

    /**
     * Why these parameters cannot be saved, or empty when they can. A model whose training diverged has
     * NaN or infinite weights: saving it would only keep a broken model, so a front end asks this first
     * and explains instead of offering "Save".
     *
     * @param data the data set the model is for (its shape places a pixel, its class names name a class)
     */
    public static Optional<ParameterProblem> whyNotSavable(ModelSpec model, DatasetSignature data, float[] parameters) {
        ParameterProblem problem = ParameterProblem.ofCount(parameters.length, model, data);
        return Optional.ofNullable(problem != null ? problem : ParameterProblem.ofValues(parameters, model, data));
    }

    /** {@link #whyNotSavable(ModelSpec, DatasetSignature, float[])} for a model of Fashion-MNIST. */
    public static Optional<ParameterProblem> whyNotSavable(ModelSpec model, float[] parameters) {
        return whyNotSavable(model, DatasetSignature.FASHION_MNIST, parameters);
    }

    /** The sentence that refuses to save parameters with {@code problem}, in English. */
    public static String refusal(ParameterProblem problem) {
        String pattern = problem.kind().isWrongCount() ? REFUSED : REFUSED_DIVERGED;
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {problem});
    }

    /** A copy of the parameters, laid out as {@link ModelSpec} says. */
    @Override
    public float[] parameters() {
        return parameters.clone();
    }

    /** The parameter at {@code index} without copying the whole array. */
    float parameter(int index) {
        return parameters[index];
    }

    @Override
    public boolean equals(Object other) {
        // Records compare arrays by identity; two saved models are equal when their numbers are.
        return other instanceof SavedModel that
                && config.equals(that.config)
                && epochs.equals(that.epochs)
                && dataset.equals(that.dataset)
                && Arrays.equals(parameters, that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, epochs, Arrays.hashCode(parameters), dataset);
    }

    @Override
    public String toString() {
        return "SavedModel[config=" + config + ", epochs=" + epochs.size() + ", parameters=" + parameters.length
                + ", dataset=" + dataset.classCount() + " classes of " + dataset.shape().describe() + "]";
    }
}
