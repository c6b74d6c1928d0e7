package org.softmaxlab.inspect;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Objects;
import org.softmaxlab.data.ImageSet;

/**
 * A set of test images as one picture, for a handout or a slide: a title line, then a grid of tiles,
 * each the image enlarged without smoothing and two caption lines under it. Tiles are sized for
 * 28×28 images; larger ones are drawn at a smaller scale to fit. Grayscale (colour images by their
 * brightness), so that a sheet of all ~2,000 mistakes stays near 40 MB while it is drawn. Plain Java2D: safe on any
 * thread.
 */
public final class ContactSheet {

    /** Screen pixels per image pixel of a 28×28 image. */
    public static final int SCALE = 3;
    /** The side of an image on its tile: 28 × {@link #SCALE}. */
    public static final int IMAGE_SIDE = 28 * SCALE;
    public static final int TILE_WIDTH = 124;
    public static final int TILE_HEIGHT = IMAGE_SIDE + 40;
    public static final int MAX_COLUMNS = 16;
    public static final int MARGIN = 12;
    public static final int TITLE_HEIGHT = 30;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /**
     * One image of the sheet.
     *
     * @param index    the test image
     * @param caption1 the first caption line (e.g. the true class)
     * @param caption2 the second caption line (e.g. the prediction)
     */
    public record Tile(int index, String caption1, String caption2) {
        public Tile {
            Objects.requireNonNull(caption1, "caption1");
            Objects.requireNonNull(caption2, "caption2");
        }
    }

    private ContactSheet() {
    }

    /** The number of tile columns for {@code tiles} images. */
    public static int columns(int tiles) {
        return Math.max(1, Math.min(MAX_COLUMNS, tiles));
    }

    /** Where tile {@code k}'s image starts, in sheet pixels: {x, y}. */
    public static int[] imageOrigin(int k, int tiles) {
        int columns = columns(tiles);
        int x = MARGIN + (k % columns) * TILE_WIDTH + (TILE_WIDTH - IMAGE_SIDE) / 2;
        int y = MARGIN + TITLE_HEIGHT + (k / columns) * TILE_HEIGHT;
        return new int[] {x, y};
    }

    /** Draws {@code tiles} of {@code images} under {@code title}. */
    public static BufferedImage render(ImageSet images, List<Tile> tiles, String title) {
        int columns = columns(tiles.size());
        int rows = Math.max(1, (tiles.size() + columns - 1) / columns);
        BufferedImage sheet = new BufferedImage(2 * MARGIN + columns * TILE_WIDTH,
                2 * MARGIN + TITLE_HEIGHT + rows * TILE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(TITLE_FONT);
            g.drawString(title, MARGIN, MARGIN + g.getFontMetrics().getAscent());
            g.setFont(CAPTION_FONT);
            FontMetrics metrics = g.getFontMetrics();
            for (int k = 0; k < tiles.size(); k++) {
                int[] origin = imageOrigin(k, tiles.size());
                drawImage(sheet.getRaster(), images, tiles.get(k).index(), origin[0], origin[1]);
                int tileX = origin[0] - (TILE_WIDTH - IMAGE_SIDE) / 2;
                int captionY = origin[1] + IMAGE_SIDE + metrics.getAscent() + 2;
                // Long class names are cut at the tile's edge rather than written over the next tile.
                Shape whole = g.getClip();
                g.clipRect(tileX, origin[1], TILE_WIDTH - 4, TILE_HEIGHT);
                g.drawString(tiles.get(k).caption1(), tileX + 2, captionY);
                g.drawString(tiles.get(k).caption2(), tileX + 2, captionY + metrics.getHeight());
                g.setClip(whole);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /**
     * Copies the pixels straight into the raster, no interpolation: each one a square of the largest
     * whole size that keeps the image within {@link #IMAGE_SIDE} (at least one pixel; an image wider
     * than that is cut at the side).
     */
    private static void drawImage(WritableRaster raster, ImageSet images, int index, int x0, int y0) {
        int rows = images.shape().height();
        int cols = images.shape().width();
        int scale = Math.max(1, IMAGE_SIDE / Math.max(rows, cols));
        int shownRows = Math.min(rows, IMAGE_SIDE / scale);
        int shownCols = Math.min(cols, IMAGE_SIDE / scale);
        for (int row = 0; row < shownRows; row++) {
            for (int col = 0; col < shownCols; col++) {
                int value = images.pixel(index, row, col);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        raster.setSample(x0 + col * scale + dx, y0 + row * scale + dy, 0, value);
                    }
                }
            }
        }
    }
}
