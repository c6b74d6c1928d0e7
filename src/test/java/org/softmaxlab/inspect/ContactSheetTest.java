package org.softmaxlab.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.data.ImageSet;

class ContactSheetTest {

    private static ImageSet twoImages() {
        byte[] pixels = new byte[2 * ImageShape.MNIST.values()];
        pixels[ImageShape.MNIST.values() + 3 * ImageShape.MNIST.width() + 4] = (byte) 200; // image 1, row 3, col 4
        return new ImageSet(ImageShape.MNIST, pixels, new int[] {0, 1});
    }

    @Test
    void eachPixelBecomesASharpSquareInItsTile() {
        ImageSet images = twoImages();
        BufferedImage sheet = ContactSheet.render(images,
                List.of(new ContactSheet.Tile(1, "#1 Trouser", "→ Dress 80%"), new ContactSheet.Tile(0, "a", "b")),
                "title");
        assertEquals(2 * ContactSheet.MARGIN + 2 * ContactSheet.TILE_WIDTH, sheet.getWidth());
        int[] origin = ContactSheet.imageOrigin(0, 2);
        int s = ContactSheet.SCALE;
        for (int dy = 0; dy < s; dy++) {
            for (int dx = 0; dx < s; dx++) {
                assertEquals(200, sheet.getRaster().getSample(origin[0] + 4 * s + dx, origin[1] + 3 * s + dy, 0));
            }
        }
        // No blur: the neighbouring image pixels stay black.
        assertEquals(0, sheet.getRaster().getSample(origin[0] + 5 * s, origin[1] + 3 * s, 0));
        assertEquals(0, sheet.getRaster().getSample(origin[0] + 4 * s - 1, origin[1] + 3 * s, 0));
        // Captions are drawn: some dark pixels under the image, on the white background.
        int darkPixels = 0;
        for (int y = origin[1] + 28 * s; y < origin[1] + ContactSheet.TILE_HEIGHT - 2; y++) {
            for (int x = origin[0] - 10; x < origin[0] + 28 * s; x++) {
                darkPixels += sheet.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        assertTrue(darkPixels > 20, "caption pixels: " + darkPixels);
    }

    @Test
    void sheetsWrapAtSixteenColumns() {
        assertEquals(1, ContactSheet.columns(0));
        assertEquals(5, ContactSheet.columns(5));
        assertEquals(16, ContactSheet.columns(2_000));
        int[] seventeenth = ContactSheet.imageOrigin(16, 40);
        int[] first = ContactSheet.imageOrigin(0, 40);
        assertEquals(first[0], seventeenth[0]);
        assertEquals(first[1] + ContactSheet.TILE_HEIGHT, seventeenth[1]);
    }
}
