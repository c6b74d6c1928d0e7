package org.softmaxlab.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Issue 22's bad image folders, made the same way for the data layer's tests and the command line's, so
 * that both check the same case: a folder without class sub-folders, one class, an empty class, thousands
 * of classes, {@code train/} without {@code test/}, and a usable folder holding every kind of awkward file
 * (truncated, fake and huge pictures, text and hidden files, 16-bit PNGs, CMYK JPEGs, mixed colour modes and
 * sizes, a symbolic-link loop).
 */
public final class BadImageFolders {

    /** The two classes of {@link #awkwardFiles}: names in two scripts. */
    public static final List<String> CLASSES = List.of("红", "blue");
    /** Good pictures per class in {@link #awkwardFiles}, besides the awkward ones. */
    public static final int GOOD_PER_CLASS = 6;

    private BadImageFolders() {
    }

    /** Pictures straight in the folder, no class sub-folders. */
    public static Path noClassFolders(Path root) throws IOException {
        for (int i = 0; i < 3; i++) {
            writePng(root.resolve(i + ".png"), square(20, Color.WHITE, Color.RED));
        }
        return root;
    }

    /** One class sub-folder, {@code cat/}. */
    public static Path oneClass(Path root) throws IOException {
        writePng(root.resolve("cat").resolve("a.png"), square(20, Color.WHITE, Color.RED));
        return root;
    }

    /** {@code cat/} with a picture, {@code dog/} with only a text file. */
    public static Path emptyClass(Path root) throws IOException {
        oneClass(root);
        Files.createDirectories(root.resolve("dog"));
        Files.writeString(root.resolve("dog").resolve("readme.txt"), "no pictures yet");
        return root;
    }

    /** {@code classes} class sub-folders (empty: the count is refused before anything is read). */
    public static Path manyClasses(Path root, int classes) throws IOException {
        for (int c = 0; c < classes; c++) {
            Files.createDirectories(root.resolve("c" + c));
        }
        return root;
    }

    /** {@code train/cat/}, {@code train/dog/} and no {@code test/}. */
    public static Path trainWithoutTest(Path root) throws IOException {
        for (String name : List.of("cat", "dog")) {
            for (int i = 0; i < 3; i++) {
                writePng(root.resolve("train").resolve(name).resolve(i + ".png"), square(20, Color.WHITE, Color.RED));
            }
        }
        return root;
    }

    /**
     * A usable folder of two colour classes (red, blue), {@value #GOOD_PER_CLASS} good pictures each in mixed
     * sizes, formats and colour modes (RGB, 8-bit gray, indexed GIF, translucent ARGB, 16-bit gray and RGB PNG,
     * CMYK JPEGs with and without Adobe's marker), plus three unreadable files (truncated, fake, huge) that are
     * skipped and listed, text and hidden files that are ignored, and symbolic-link loops.
     */
    public static Path awkwardFiles(Path root) throws IOException {
        Color[] colours = {Color.RED, Color.BLUE};
        for (int c = 0; c < 2; c++) {
            Path dir = Files.createDirectories(root.resolve(CLASSES.get(c)));
            writePng(dir.resolve("rgb.png"), square(30, Color.WHITE, colours[c]));
            ImageIO.write(square(22, Color.WHITE, colours[c]), "gif", dir.resolve("indexed.gif").toFile());
            ImageIO.write(square(40, Color.WHITE, colours[c]), "bmp", dir.resolve("wide.bmp").toFile());
            writePng(dir.resolve("translucent.png"), translucent(24, colours[c]));
            writePng(dir.resolve("sixteen.png"), sixteenBitRgb(26, colours[c]));
            Files.write(dir.resolve("cmyk.jpg"), cmykJpeg(32, colours[c], c == 1));
        }
        Path red = root.resolve(CLASSES.get(0));
        Path blue = root.resolve(CLASSES.get(1));
        writePng(red.resolve("gray.png"), graySquare(28));
        writePng(blue.resolve("sixteen-gray.png"), sixteenBitGray(28));
        byte[] png = Files.readAllBytes(red.resolve("rgb.png"));
        Files.write(red.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.writeString(blue.resolve("fake.jpg"), "this is text, not a JPEG");
        Files.write(blue.resolve("huge.png"), hugePngHeader(100_000, 100_000));
        Files.writeString(red.resolve("notes.txt"), "not an image");
        Files.write(blue.resolve(".hidden.png"), new byte[] {1, 2, 3});
        Files.createDirectories(root.resolve(".git"));
        Path loop = red.resolve("loop.png");
        Files.createSymbolicLink(loop, loop);
        Files.createSymbolicLink(root.resolve("cycle"), root);
        return root;
    }

    /** A {@code side}² picture: {@code background} with a centred square of {@code colour}. */
    public static BufferedImage square(int side, Color background, Color colour) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, side, side);
        g.setColor(colour);
        g.fillRect(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        return image;
    }

    /** 8-bit gray: white page, a black square. */
    private static BufferedImage graySquare(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        g.fillRect(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        return image;
    }

    /** Transparent all round (a white page once composited), {@code colour} opaque in the middle. */
    private static BufferedImage translucent(int side, Color colour) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        return image;
    }

    /** 16-bit gray: the left half 65535 (white), the right half 32768 (mid gray). */
    public static BufferedImage sixteenBitGray(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.getRaster().setSample(x, y, 0, x < side / 2 ? 65535 : 32768);
            }
        }
        return image;
    }

    /** 16 bits a channel, RGB: white with a centred square of {@code colour}. */
    public static BufferedImage sixteenBitRgb(int side, Color colour) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(side, side);
        BufferedImage rgb = square(side, Color.WHITE, colour);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int argb = rgb.getRGB(x, y);
                for (int b = 0; b < 3; b++) {
                    raster.setSample(x, y, b, ((argb >> (16 - 8 * b)) & 0xFF) * 257);
                }
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * A CMYK JPEG as print software writes it: the JDK's JPEG writer writes a four-band raster as four
     * components with no colour conversion (no JFIF marker), each value stored inverted as Adobe's programs
     * store CMYK; with {@code adobeMarker} an Adobe APP14 segment (transform 0: CMYK, not YCCK) is spliced in
     * after the start-of-image marker, as Photoshop's files have it. White page, a centred {@code colour}
     * square.
     */
    public static byte[] cmykJpeg(int side, Color colour, boolean adobeMarker) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, side, side, 4, null);
        BufferedImage rgb = square(side, Color.WHITE, colour);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int argb = rgb.getRGB(x, y);
                double r = ((argb >> 16) & 0xFF) / 255.0;
                double g = ((argb >> 8) & 0xFF) / 255.0;
                double b = (argb & 0xFF) / 255.0;
                double k = 1 - Math.max(r, Math.max(g, b));
                double[] cmyk = k >= 1 ? new double[] {0, 0, 0, 1}
                        : new double[] {(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k};
                for (int band = 0; band < 4; band++) {
                    raster.setSample(x, y, band, 255 - (int) Math.round(cmyk[band] * 255)); // Adobe's inverted CMYK
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        if (!adobeMarker) {
            return jpeg;
        }
        byte[] app14 = ByteBuffer.allocate(16).put(new byte[] {(byte) 0xFF, (byte) 0xEE}).putShort((short) 14)
                .put("Adobe".getBytes(StandardCharsets.US_ASCII)).putShort((short) 100).putShort((short) 0)
                .putShort((short) 0).put((byte) 0).array();
        return ByteBuffer.allocate(jpeg.length + app14.length).put(jpeg, 0, 2).put(app14).put(jpeg, 2, jpeg.length - 2)
                .array();
    }

    /** A PNG signature and IHDR declaring {@code width × height}, and nothing else. */
    public static byte[] hugePngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private static void writePng(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
