package org.softmaxlab.ui.ownimage;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.Optional;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.inspect.ImageClassifier;
import org.softmaxlab.inspect.ImageImport;
import org.softmaxlab.inspect.ImageImportException;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.inspect.LatestWins;

/**
 * A picture of the user's own, classified by the current model: the file is read and turned into a
 * 28×28 input in the background; the ten probabilities follow every new copy of the weights, so a
 * picture dropped before or during training is re-classified as the model learns. The texts keep
 * how they were made, so {@link #relocalize()} says them again in another language.
 */
public final class OwnImageViewModel {

    private final ReadOnlyObjectWrapper<float[]> pixels = new ReadOnlyObjectWrapper<>(this, "pixels");
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ReadOnlyIntegerWrapper predicted = new ReadOnlyIntegerWrapper(this, "predicted", -1);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final LocalizedText message = new LocalizedText(this, "message");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final LocalizedText result = new LocalizedText(this, "result");
    private final LatestWins<float[]> reading;
    private float[] weights;

    /**
     * @param background where pictures are read and converted
     * @param ui         the UI thread's executor
     */
    public OwnImageViewModel(Executor background, Executor ui) {
        reading = new LatestWins<>(background, ui);
        classify();
    }

    /** Reads {@code file} (PNG, JPEG…) in the background and classifies it. */
    public void load(Path file) {
        String name = String.valueOf(file.getFileName());
        message.say("ownImage.reading", name);
        failed.set(false);
        ImageShape shape = WindowDataset.shape();
        reading.submit(() -> ImageImport.read(file, shape), input -> {
            fileName.set(name);
            pixels.set(input);
            classify();
        }, failure -> {
            // The previous picture goes too: leaving it would suggest the new file was read.
            fileName.set(name);
            pixels.set(null);
            classify();
            if (failure instanceof ImageImportException e) {
                message.say("ownImage.error." + e.reason().name(), e.fileName(), e.detail(),
                        ImageImport.MAX_PIXELS / 1_000_000);
            } else {
                message.say("ownImage.failed", name, String.valueOf(failure.getMessage()));
            }
            failed.set(true);
        });
    }

    /** The model's current parameters (laid out as ModelSpec says, for the window's data set), or null when there is no model. */
    public void setWeights(float[] parameters) {
        weights = parameters;
        classify();
    }

    /** The weights the probabilities are of, or null; never modify the array. */
    public float[] weights() {
        return weights;
    }

    /** 7,850 multiply-adds for Fashion-MNIST: cheaper to do at once on the UI thread than to hand anywhere. */
    private void classify() {
        float[] input = pixels.get();
        if (input == null || weights == null) {
            predicted.set(-1);
            result.clear();
            probabilities.set(null);
            // A file that could not be read stays said while the model trains on, until the next picture.
            if (!failed.get()) {
                message.say(input == null ? "ownImage.hint" : "ownImage.trainFirst");
            }
            return;
        }
        failed.set(false);
        Optional<ModelSpec> model = WindowDataset.modelOf(weights);
        if (model.isEmpty() || input.length != model.get().inputs()) {
            return; // a model or picture for another data set, while the window switches
        }
        float[] p = new ImageClassifier(model.get(), weights).probabilities(input);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        // The prediction first: listeners to the probabilities read it.
        predicted.set(best);
        int label = best;
        float probability = p[best];
        // The class name too is said again in a new language.
        result.set(() -> Messages.format("ownImage.result", ClassNames.of(label), probability));
        message.clear();
        probabilities.set(p);
    }

    /** Says the message and the result again in the language {@link Messages} speaks now. */
    public void relocalize() {
        message.relocalize();
        result.relocalize();
    }

    /** The picture as the model sees it (the data set's values per image, in [0, 1]), or null. */
    public ReadOnlyObjectProperty<float[]> pixelsProperty() {
        return pixels.getReadOnlyProperty();
    }

    /** The ten class probabilities, or null without a picture or a model. */
    public ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    /** The most probable class, or -1. */
    public ReadOnlyIntegerProperty predictedProperty() {
        return predicted.getReadOnlyProperty();
    }

    /** The name of the last file read (or tried). */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** What to do next or what went wrong; empty while a result is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }

    /** Whether the message reports a picture that could not be read. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "Looks like: Sneaker (87.3%)", or empty. */
    public ReadOnlyStringProperty resultProperty() {
        return result.property();
    }
}
