package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.appearance.AppearanceViewModel;
import org.softmaxlab.ui.appearance.ExportLook;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.files.ChartImages;
import org.softmaxlab.ui.files.FileKind;
import org.softmaxlab.ui.files.FilePicker;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * The menu commands of one window: they ask for files, then hand over to the model-files view-model
 * or to {@link ChartImages}, and say what happened in the banner.
 */
final class WindowActions implements MenuActions {

    private final Stage stage;
    private final FilePicker picker;
    private final ModelFilesViewModel files;
    private final BannerViewModel banner;
    private final AppearanceViewModel appearance;
    private final Supplier<Parent> charts;
    private final BackgroundTasks tasks;
    private final Runnable drawing;
    private final java.util.function.BiConsumer<TrainingViewModel.Drop, Runnable> confirmDrop;

    /**
     * @param charts the training tab's current content, where the charts are found by id
     * @param tasks  where exported pictures are encoded and written
     * @param drawing shows the drawing pad
     * @param confirmDrop runs an action that drops the trained model (Open, Quit) once the user agrees
     */
    WindowActions(Stage stage, WindowSetup setup, ModelFilesViewModel files, BannerViewModel banner,
                  AppearanceViewModel appearance, Supplier<Parent> charts, BackgroundTasks tasks,
                  Runnable drawing, java.util.function.BiConsumer<TrainingViewModel.Drop, Runnable> confirmDrop) {
        this.confirmDrop = confirmDrop;
        this.stage = stage;
        this.picker = setup.files();
        this.files = files;
        this.banner = banner;
        this.appearance = appearance;
        this.charts = charts;
        this.tasks = tasks;
        this.drawing = drawing;
    }

    @Override
    public void drawDataset() {
        drawing.run();
    }

    @Override
    public void openModel() {
        if (files.canOpenProperty().get()) {
            // Asked before the file is chosen: the answer does not depend on which file it will be.
            confirmDrop.accept(TrainingViewModel.Drop.OPEN,
                    () -> picker.chooseOpen(stage, FileKind.MODEL).ifPresent(files::open));
        }
    }

    @Override
    public void saveModel() {
        if (files.canSaveProperty().get()) {
            picker.chooseSave(stage, FileKind.MODEL, files.suggestedFileName()).ifPresent(files::save);
        }
    }

    @Override
    public void exportCharts(ChartSet set) {
        Optional<Path> chosen = picker.chooseSave(stage, FileKind.PNG, set.fileName());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPngExtension(chosen.get());
        // Snapshots now, on this thread, in the light theme like every exported picture; encoding and
        // writing in the background.
        Parent tab = charts.get();
        List<WritableImage> images = ExportLook.light(tab.getScene(), () -> snapshots(tab, set));
        Path name = file.getFileName();
        tasks.run(() -> {
            ChartImages.writePng(file, images);
            return file;
        }, written -> banner.show(Severity.INFO, () -> Messages.format("export.charts.done.title", name),
                () -> Messages.format("export.charts.done.detail", written.toAbsolutePath())), failure -> {
            String problem = String.valueOf(failure.getMessage());
            banner.show(Severity.ERROR, () -> Messages.format("export.charts.failed.title", name), () -> problem);
        });
    }

    private static List<WritableImage> snapshots(Parent tab, ChartSet set) {
        List<WritableImage> images = new ArrayList<>();
        for (String id : set.chartIds()) {
            Node chart = tab.lookup("#" + id);
            if (chart == null) {
                continue;
            }
            Insets margin = VBox.getMargin(chart);
            if (set.chartIds().size() > 1 && margin != null) {
                // Stacked, the plots line up as in the window (AlignedPlots gives each chart its side margins).
                images.add(ChartImages.snapshot(chart, margin.getLeft(), margin.getRight()));
            } else {
                images.add(ChartImages.snapshot(chart));
            }
        }
        return images;
    }

    @Override
    public void quit() {
        // Closing the only window ends the app; the window saves its settings as it hides.
        confirmDrop.accept(TrainingViewModel.Drop.QUIT, stage::close);
    }

    @Override
    public void about() {
        AboutDialog.show(stage, appearance);
    }

    @Override
    public void guide() {
        HelpDialog.show(stage, appearance);
    }

    private static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + FileKind.PNG.extension());
    }
}
