package org.softmaxlab.ui.ownimage;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.EmptyDrawingException;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.Optional;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.inspect.ImageClassifier;
import org.softmaxlab.inspect.ImageImport;
import org.softmaxlab.inspect.ImageImportException;
import org.softmaxlab.inspect.MnistLayout;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.inspect.ClassNames;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * A picture of the user's own, classified by the current model: the file is read and turned into a
 * 28×28 input in the background; the ten probabilities follow every new copy of the weights, so a
 * picture dropped before or during training is re-classified as the model learns. Classifying runs in
 * the background too (for a 4096-unit MLP it is 3.2 M multiply-adds and a 13 MB copy of the weights,
 * at every pulse); a copy that arrives while the previous one is still being classified replaces it. The texts keep
 * how they were made, so {@link #relocalize()} says them again in another language.
 */
public final class OwnImageViewModel {

    private final ReadOnlyObjectWrapper<float[]> pixels = new ReadOnlyObjectWrapper<>(this, "pixels");
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ReadOnlyIntegerWrapper predicted = new ReadOnlyIntegerWrapper(this, "predicted", -1);
    private final LocalizedText fileName = new LocalizedText(this, "fileName");
    private final LocalizedText message = new LocalizedText(this, "message");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final LocalizedText result = new LocalizedText(this, "result");
    private final NewestWins<ImageImport.Picture> reading;
    /** Why the answer about the current picture means little, or null: it is blank, or smaller than the input. */
    private ImageImport.Picture picture;
    private final NewestWins<float[]> classifying;
    private float[] weights;

    /** @param tasks where pictures are read and converted, and classified */
    public OwnImageViewModel(BackgroundTasks tasks) {
        reading = tasks.newestWins();
        classifying = tasks.newestWins();
        classify();
    }

    /** Reads {@code file} (PNG, JPEG…) in the background and classifies it. */
    public void load(Path file) {
        String name = String.valueOf(file.getFileName());
        message.say("ownImage.reading", name);
        failed.set(false);
        ImageShape shape = WindowDataset.shape();
        reading.submit(() -> ImageImport.readPicture(file, shape), read -> {
            fileName.set(() -> name);
            picture = read;
            // The last picture's answer goes at once; this one's comes from the background.
            predicted.set(-1);
            result.clear();
            probabilities.set(null);
            pixels.set(read.pixels());
            classify();
        }, failure -> {
            // The previous picture goes too: leaving it would suggest the new file was read.
            fileName.set(() -> name);
            picture = null;
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

    /**
     * Takes a drawing instead of a file: laid out the way MNIST's digits were (fitted into 20×20,
     * centred by its mass in 28×28) and classified at once; an empty drawing shows nothing. Cheap
     * enough for the UI thread (two small renderings), so the result follows each stroke.
     */
    public void useDrawing(Drawing drawing) {
        reading.cancel();
        failed.set(false);
        picture = null;
        if (drawing.isEmpty()) {
            fileName.clear();
            pixels.set(null);
        } else {
            try {
                pixels.set(asInput(MnistLayout.layOut(drawing, WindowDataset.shape().height(),
                        WindowDataset.shape().width()), WindowDataset.shape()));
                fileName.say("ownImage.drawing");
            } catch (EmptyDrawingException e) {
                pixels.set(null);
            }
        }
        classify();
    }

    /** A drawing's gray pixels as a model input of {@code shape}: the same plane thrice for colour data. */
    private static float[] asInput(float[] gray, ImageShape shape) {
        if (!shape.isColour()) {
            return gray;
        }
        float[] input = new float[shape.values()];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(gray, 0, input, c * gray.length, gray.length);
        }
        return input;
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

    /**
     * Classifies the picture with the weights in the background; until the answer comes, the previous
     * one stays shown (while training it is one pulse old).
     */
    private void classify() {
        float[] input = pixels.get();
        float[] parameters = weights;
        if (input == null || parameters == null) {
            classifying.cancel();
            predicted.set(-1);
            result.clear();
            probabilities.set(null);
            // A file that could not be read stays said while the model trains on, until the next picture.
            if (!failed.get()) {
                message.say(input == null ? "ownImage.hint" : "ownImage.trainFirst");
            }
            return;
        }
        Optional<ModelSpec> model = WindowDataset.modelOf(parameters);
        if (model.isEmpty() || input.length != model.get().inputs()) {
            classifying.cancel();
            return; // a model or picture for another data set, while the window switches
        }
        classifying.submit(() -> new ImageClassifier(model.get(), parameters).probabilities(input), this::show);
    }

    private void show(float[] p) {
        failed.set(false);
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
        // The class name too is said again in a new language. A blank picture has no shape to go by:
        // its "Bag (97.5%)" would be a confident answer about nothing, so the result says that instead.
        ImageImport.Picture shown = picture;
        if (shown != null && shown.blank()) {
            result.say("ownImage.result.blank");
            message.say("ownImage.caveat.blank", ClassNames.of(label), probability);
        } else {
            result.set(() -> Messages.format("ownImage.result", ClassNames.of(label), probability));
            if (shown != null && shown.tiny()) {
                message.say("ownImage.caveat.tiny", shown.width(), shown.height(), shown.shape().width(),
                        shown.shape().height());
            } else {
                message.clear();
            }
        }
        probabilities.set(p);
    }

    /** Says the message and the result again in the language {@link Messages} speaks now. */
    public void relocalize() {
        message.relocalize();
        result.relocalize();
        fileName.relocalize();
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
        return fileName.property();
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
