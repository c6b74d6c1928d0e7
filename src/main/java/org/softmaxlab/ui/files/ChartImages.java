package org.softmaxlab.ui.files;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.softmaxlab.io.AtomicFiles;

/**
 * Charts as PNG files: a snapshot of the chart nodes as they are drawn (presentation mode included;
 * the caller picks the theme, see {@link org.softmaxlab.ui.appearance.ExportLook}), taken on the
 * JavaFX thread, then encoded and written atomically on any thread.
 */
public final class ChartImages {

    /** Snapshots are taken at twice the screen size: sharp on a slide or a printed handout. */
    public static final double SCALE = 2;

    private ChartImages() {
    }

    /** A picture of {@code node} at {@link #SCALE}; call on the JavaFX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    /**
     * A picture of {@code node} at {@link #SCALE} with {@code left} and {@code right} of empty space beside it: charts
     * stacked in one picture keep the side margins by which their plots line up in the window.
     */
    public static WritableImage snapshot(Node node, double left, double right) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        Bounds bounds = node.getBoundsInLocal();
        parameters.setViewport(new Rectangle2D((bounds.getMinX() - left) * SCALE, bounds.getMinY() * SCALE,
                (bounds.getWidth() + left + right) * SCALE, bounds.getHeight() * SCALE));
        return node.snapshot(parameters, null);
    }

    /**
     * Writes {@code images} one below the other as one PNG, replacing {@code file} atomically; safe off
     * the JavaFX thread (the images are no longer on screen).
     */
    public static void writePng(Path file, List<? extends Image> images) throws IOException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no image to write");
        }
        BufferedImage stacked = stack(images);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(stacked, "png", out)) {
                throw new IOException("this Java runtime has no PNG writer");
            }
        });
    }

    private static BufferedImage stack(List<? extends Image> images) {
        List<BufferedImage> parts = new ArrayList<>();
        int width = 0;
        int height = 0;
        for (Image image : images) {
            BufferedImage part = SwingFXUtils.fromFXImage(image, null);
            parts.add(part);
            width = Math.max(width, part.getWidth());
            height += part.getHeight();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BufferedImage stacked = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = stacked.createGraphics();
        try {
            int y = 0;
            for (BufferedImage part : parts) {
                g.drawImage(part, 0, y, null);
                y += part.getHeight();
            }
        } finally {
            g.dispose();
        }
        return stacked;
    }
}
