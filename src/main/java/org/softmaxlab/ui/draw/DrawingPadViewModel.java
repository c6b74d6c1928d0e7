package org.softmaxlab.ui.draw;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.softmaxlab.data.ClassFolderName;
import org.softmaxlab.data.ImageFolderWriter;
import org.softmaxlab.inspect.Drawing;
import org.softmaxlab.inspect.EmptyDrawingException;
import org.softmaxlab.inspect.MnistLayout;
import org.softmaxlab.inspect.Stroke;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * The drawing pad's state and commands: name classes, draw on the pad, add the drawing to the class
 * being drawn, delete a bad one, clear, undo; save everything as an image folder (torchvision's
 * ImageFolder layout), and hand that folder on to be trained. Every command that changes what is
 * drawn can be undone. Holds no nodes, so it is tested without a screen.
 */
public final class DrawingPadViewModel {

    /** Each drawing is laid out to this field, MNIST's. */
    public static final int SIDE = 28;
    /** Drawings a class needs before saving: one to train on and one to test with. */
    public static final int MIN_PER_CLASS = 2;
    /** Undo steps kept. */
    private static final int UNDO_DEPTH = 500;

    private final ReadOnlyObjectWrapper<PadState> state;
    private final ReadOnlyObjectWrapper<float[]> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Path> replaceQuestion = new ReadOnlyObjectWrapper<>(this, "replaceQuestion");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Path> parentFolder = new SimpleObjectProperty<>(this, "parentFolder");
    private final LocalizedText message = new LocalizedText(this, "message");
    private final Deque<PadState> undo = new ArrayDeque<>();
    private final BackgroundTasks tasks;
    private Consumer<Path> trainer = folder -> { };
    /** What the save that asked to replace a drawn set goes on with, once the answer is yes. */
    private Consumer<Path> afterReplace;

    /**
     * @param tasks      where the folder is written
     * @param padWidth   the pad's width, in the units strokes arrive in
     * @param padHeight  its height
     * @param parent     the folder a saved set goes into, as a sub-folder named after it
     * @param setName    the name a new set starts with
     */
    public DrawingPadViewModel(BackgroundTasks tasks, double padWidth, double padHeight, Path parent,
                               String setName) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        state = new ReadOnlyObjectWrapper<>(this, "state", new PadState(List.of(), -1, Drawing.empty(padWidth, padHeight)));
        parentFolder.set(parent);
        name.set(setName);
        message.say("draw.hint.nameClass");
        // The question is about one folder: another name or place asks nothing (or asks anew at the next save).
        name.addListener((obs, old, now) -> forgetQuestion());
        parentFolder.addListener((obs, old, now) -> forgetQuestion());
    }

    /** Who trains a saved folder ("train at once"): the main window opens it as the data set and starts. */
    public void setTrainer(Consumer<Path> trainer) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
    }

    /** Adds a class called {@code className} (spaces around it dropped) and draws it next; false if the name is unusable. */
    public boolean addClass(String className) {
        String trimmed = className == null ? "" : className.strip();
        Optional<ClassFolderName.Problem> problem = ClassFolderName.problem(trimmed, state.get().names());
        if (problem.isPresent()) {
            fail("draw.error.name." + problem.get().name(), trimmed, ClassFolderName.MAX_LENGTH);
            return false;
        }
        change(state.get().withClassAdded(DrawnClass.named(trimmed)));
        message.say("draw.hint.draw", trimmed);
        return true;
    }

    /** Renames class {@code index}; false if the name is unusable. */
    public boolean renameClass(int index, String className) {
        String trimmed = className == null ? "" : className.strip();
        List<String> others = new java.util.ArrayList<>(state.get().names());
        others.remove(index);
        Optional<ClassFolderName.Problem> problem = ClassFolderName.problem(trimmed, others);
        if (problem.isPresent()) {
            fail("draw.error.name." + problem.get().name(), trimmed, ClassFolderName.MAX_LENGTH);
            return false;
        }
        DrawnClass old = state.get().classes().get(index);
        change(state.get().withClass(index, new DrawnClass(trimmed, old.examples())));
        return true;
    }

    /** Removes class {@code index} with its drawings (undoable). */
    public void removeClass(int index) {
        change(state.get().withClassRemoved(index));
    }

    /** Draws class {@code index} next. Not an undo step: it changes nothing drawn. */
    public void select(int index) {
        PadState now = state.get();
        if (index >= 0 && index < now.classes().size() && index != now.selected()) {
            state.set(now.withSelected(index));
            message.say("draw.hint.draw", now.classes().get(index).name());
            failed.set(false);
        }
    }

    /** A stroke finished on the pad. */
    public void addStroke(Stroke stroke) {
        change(state.get().withPad(state.get().pad().with(stroke)));
    }

    /** Adds what is on the pad to the class being drawn and clears the pad; false (and says why) if it cannot. */
    public boolean addDrawing() {
        PadState now = state.get();
        if (now.selected() < 0) {
            fail("draw.error.noClass");
            return false;
        }
        float[] pixels;
        try {
            pixels = MnistLayout.layOut(now.pad(), SIDE, SIDE);
        } catch (EmptyDrawingException e) {
            fail("draw.error.empty");
            return false;
        }
        DrawnClass target = now.selectedClass().with(new DrawnExample(now.pad(), pixels));
        change(now.withClass(now.selected(), target)
                .withPad(Drawing.empty(now.pad().width(), now.pad().height())));
        message.say("draw.added", target.name(), target.examples().size());
        return true;
    }

    /** Deletes drawing {@code example} of class {@code classIndex} (undoable). */
    public void deleteDrawing(int classIndex, int example) {
        PadState now = state.get();
        change(now.withClass(classIndex, now.classes().get(classIndex).without(example)));
        message.say("draw.deleted", now.classes().get(classIndex).name());
    }

    /** Wipes the pad (undoable). */
    public void clearPad() {
        PadState now = state.get();
        if (!now.pad().isEmpty()) {
            change(now.withPad(Drawing.empty(now.pad().width(), now.pad().height())));
        }
    }

    /** Goes back one step: the last stroke, drawing added or deleted, clear, or class named. */
    public void undo() {
        if (!undo.isEmpty()) {
            show(undo.pop());
            message.say("draw.undone");
        }
    }

    /** The folder a save writes: the name inside the parent folder. */
    public Path target() {
        return parentFolder.get().resolve(name.get().strip());
    }

    /** Saves the classes as an image folder in the background; true if it started. */
    public boolean save() {
        return save(folder -> { }, false);
    }

    /** Saves, then hands the folder to the trainer: "train at once". */
    public boolean saveAndTrain() {
        return save(trainer, false);
    }

    /**
     * The answer "Replace it" to {@link #replaceQuestionProperty()}: saves over the drawn set that is
     * there, then goes on as the save that asked would have (training too, if it was Save and train).
     */
    public boolean replace() {
        Consumer<Path> then = afterReplace;
        if (replaceQuestion.get() == null || then == null) {
            return false;
        }
        forgetQuestion();
        return save(then, true);
    }

    /** The answer "Keep it": nothing is written; the user picks another name or folder. */
    public void keep() {
        if (replaceQuestion.get() != null) {
            forgetQuestion();
            message.say("draw.replace.kept");
        }
    }

    /**
     * Checks that the set can be saved (two classes or more, each with {@value #MIN_PER_CLASS}
     * drawings, a usable name), writes it in the background, and then calls {@code then} on the UI
     * thread. A drawn set already in the folder is replaced without asking only if this pad saved it
     * there; otherwise (an earlier lesson's) the pad asks first. Returns whether the write started;
     * false (with a message) when the set is not ready.
     */
    boolean save(Consumer<Path> then, boolean mayReplace) {
        PadState now = state.get();
        String setName = name.get() == null ? "" : name.get().strip();
        if (saving.get()) {
            return false;
        }
        if (now.classes().size() < 2) {
            fail("draw.error.twoClasses");
            return false;
        }
        for (DrawnClass c : now.classes()) {
            if (c.examples().size() < MIN_PER_CLASS) {
                fail("draw.error.fewDrawings", c.name(), MIN_PER_CLASS, c.examples().size());
                return false;
            }
        }
        Optional<ClassFolderName.Problem> problem = ClassFolderName.problem(setName, List.of());
        if (problem.isPresent()) {
            fail("draw.error.setName." + problem.get().name(), setName, ClassFolderName.MAX_LENGTH);
            return false;
        }
        Path folder = target();
        boolean replaceDrawn = mayReplace || folder.equals(saved.get());
        List<String> names = now.names();
        List<List<float[]>> images = now.classes().stream()
                .map(c -> c.examples().stream().map(DrawnExample::pixels).toList()).toList();
        forgetQuestion();
        saving.set(true);
        failed.set(false);
        message.say("draw.saving", folder.toString());
        tasks.run(() -> {
            ImageFolderWriter.write(folder, names, images, SIDE, SIDE, replaceDrawn);
            return folder;
        }, written -> {
            saving.set(false);
            saved.set(written);
            message.say("draw.saved", now.drawingCount(), names.size(), written.toString());
            then.accept(written);
        }, failure -> {
            saving.set(false);
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ImageFolderWriter.DrawnFolderExistsException exists) {
                afterReplace = then;
                replaceQuestion.set(folder);
                message.say("draw.replace.question", exists.folder().toString());
            } else if (cause instanceof ImageFolderWriter.FolderInUseException inUse) {
                fail("draw.error.folderInUse", inUse.folder().toString());
            } else {
                fail("draw.error.save", folder.toString(), String.valueOf(cause.getMessage()));
            }
        });
        return true;
    }

    private void forgetQuestion() {
        replaceQuestion.set(null);
        afterReplace = null;
    }

    private void fail(String key, Object... args) {
        message.say(key, args);
        failed.set(true);
    }

    private void change(PadState next) {
        undo.push(state.get());
        if (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        failed.set(false);
        show(next);
    }

    private void show(PadState next) {
        state.set(next);
        canUndo.set(!undo.isEmpty());
        try {
            preview.set(MnistLayout.layOut(next.pad(), SIDE, SIDE));
        } catch (EmptyDrawingException e) {
            preview.set(null);
        }
    }

    /** Says the message again in the language the window speaks now. */
    public void relocalize() {
        message.relocalize();
    }

    /** The classes, their drawings, the class being drawn and the pad. */
    public ReadOnlyObjectProperty<PadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What is on the pad as the model will see it (28×28), or null when the pad is empty. */
    public ReadOnlyObjectProperty<float[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether the message says something went wrong. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Whether the folder is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The folder last saved, or null. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /**
     * The folder a save would replace while the pad asks whether to (a drawn set of an earlier lesson
     * is there), or null: answered by {@link #replace()} or {@link #keep()}.
     */
    public ReadOnlyObjectProperty<Path> replaceQuestionProperty() {
        return replaceQuestion.getReadOnlyProperty();
    }

    /** The set's name: the saved folder's name, and so the data set's. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The folder a saved set is made in. */
    public ObjectProperty<Path> parentFolderProperty() {
        return parentFolder;
    }

    /** What to do next, what was done, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }
}
