package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.ImageShape;
import org.junit.jupiter.api.io.TempDir;

@Tag("locale")
class ImageImportTest {

    /** A dark rectangle on a white page, {@code w × h}, the rectangle in the middle half. */
    private static BufferedImage darkOnWhite(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20, 20, 20));
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return image;
    }

    @Test
    void lightBackgroundIsInvertedLikeFashionMnist() {
        float[] pixels = ImageImport.convert(darkOnWhite(280, 280), ImageShape.MNIST);
        assertEquals(784, pixels.length);
        assertEquals(0f, pixels[0], 0.02f, "the white page becomes black");
        assertEquals(1f - 20 / 255f, pixels[14 * 28 + 14], 0.05f, "the dark object becomes light");
    }

    @Test
    void darkBackgroundIsKeptAndWideImagesAreFittedWithTheirAspect() {
        BufferedImage wide = new BufferedImage(560, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 560, 140); // a white bar filling the picture
        g.dispose();
        BufferedImage framed = new BufferedImage(560, 140, BufferedImage.TYPE_INT_RGB);
        g = framed.createGraphics();
        g.drawImage(wide, 0, 0, null);
        g.setColor(Color.BLACK);
        g.drawRect(0, 0, 559, 139); // dark border: a dark background
        g.dispose();
        float[] pixels = ImageImport.convert(framed, ImageShape.MNIST);
        assertTrue(pixels[14 * 28 + 14] > 0.9f, "bar stays light: " + pixels[14 * 28 + 14]);
        assertEquals(0f, pixels[0], 0.01f, "padding above the 28×7 bar is background");
        assertEquals(0f, pixels[27 * 28 + 14], 0.01f, "padding below it too");
    }

    /** A Fashion-MNIST-like 28×28 picture: a gradient square of light levels on black. */
    private static int level(int x, int y) {
        return x >= 4 && x < 24 && y >= 4 && y < 24 ? 40 + 10 * (x - 4) : 0;
    }

    @Test
    void grayPngsReadBackAsTheLevelsTheyStore(@TempDir Path dir) throws Exception {
        BufferedImage eightBit = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage sixteenBit = new BufferedImage(28, 28, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                eightBit.getRaster().setSample(x, y, 0, level(x, y));
                sixteenBit.getRaster().setSample(x, y, 0, level(x, y) * 257);
            }
        }
        for (BufferedImage image : new BufferedImage[] {eightBit, sixteenBit}) {
            Path png = dir.resolve("gray" + image.getType() + ".png");
            ImageIO.write(image, "png", png.toFile());
            float[] pixels = ImageImport.read(png, ImageShape.MNIST);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    // 28×28 in, 28×28 out: every level comes back (gray 128 once came back as 188).
                    assertEquals(level(x, y) / 255f, pixels[y * 28 + x], 1.5f / 255, "type " + image.getType()
                            + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void readsPngFilesAndNamesFilesItCannotRead(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shirt.png");
        ImageIO.write(darkOnWhite(100, 120), "png", png.toFile());
        assertEquals(784, ImageImport.read(png, ImageShape.MNIST).length);

        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        ImageImportException e = assertThrows(ImageImportException.class, () -> ImageImport.read(text, ImageShape.MNIST));
        assertTrue(e.getMessage().startsWith("notes.png is not a picture"), e.getMessage());
        assertThrows(ImageImportException.class, () -> ImageImport.read(dir.resolve("missing.jpg"), ImageShape.MNIST));
    }

    @Test
    void aHugePictureIsDecodedSubsampledFromItsHeaderNotWhole(@TempDir Path dir) throws Exception {
        // 400 million pixels in well under a megabyte: read whole, 1.6 GB of floats alone (a 30000 × 30000
        // picture ran out of memory). Subsampled, a few hundred thousand pixels are all that is decoded.
        Path huge = HugePng.write(dir.resolve("huge20000.png"), 20_000, 20_000);
        assertTrue(Files.size(huge) < 1_000_000, "small on disk: " + Files.size(huge));

        ImageImport.Decoded decoded = ImageImport.decode(huge);
        assertEquals(20_000, decoded.width(), "the size comes from the header");
        assertEquals(20_000, decoded.height());
        assertEquals(20, decoded.subsampling(), "every 20th row and column");
        assertEquals(1000, decoded.image().getWidth());
        assertEquals(1000, decoded.image().getHeight());

        float[] pixels = ImageImport.convert(decoded.image(), ImageShape.MNIST); // what read() does next
        assertEquals(1f, pixels[14 * 28 + 14], 0.02f, "the white square in the middle is there");
        assertEquals(0f, pixels[2 * 28 + 2], 0.02f, "on the black background");
    }

    @Test
    void aPictureDeclaringMoreThanTheLimitIsRefusedFromItsHeader(@TempDir Path dir) throws Exception {
        // 2 gigapixels declared, and no pixel data at all: the refusal comes before any decoding.
        Path giant = HugePng.headerOnly(dir.resolve("giant.png"), 50_000, 40_000);
        ImageImportException e = assertThrows(ImageImportException.class, () -> ImageImport.read(giant, ImageShape.MNIST));
        assertEquals(ImageImportException.Reason.TOO_LARGE, e.reason());
        assertEquals("50000 \u00d7 40000", e.detail());
        assertTrue(e.getMessage().startsWith("giant.png is too large to read (50000 \u00d7 40000 pixels). Scale it down"),
                e.getMessage());
    }

    @Test
    void ordinaryPicturesAreDecodedWhole() {
        assertEquals(1, ImageImport.subsampling(28, 28));
        assertEquals(1, ImageImport.subsampling(ImageImport.DECODED_SIDE, 10));
        assertEquals(2, ImageImport.subsampling(ImageImport.DECODED_SIDE + 1, 10));
        assertEquals(4, ImageImport.subsampling(3000, 4000));
    }
}
