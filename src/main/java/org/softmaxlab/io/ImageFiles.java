package org.softmaxlab.io;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures written to disk the same atomic way as every other file (temp file, then move). */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** Replaces {@code target} with {@code image} as a PNG; on failure the target is untouched. */
    public static void writePng(Path target, RenderedImage image) throws IOException {
        AtomicFiles.write(target, out -> {
            // ImageIO.write returns false rather than throwing when it has no writer for the image.
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for this kind of image");
            }
        });
    }
}
