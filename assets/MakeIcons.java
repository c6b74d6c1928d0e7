import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the SoftmaxLab icon: an indigo tile with five bars, a softmax distribution whose winning
 * class stands out in amber. Writes the PNGs, the Windows .ico and the macOS .icns that the
 * window and the installers use.
 *
 * <p>Run from the project root (Java 17 runs a single source file directly):
 * {@code java -Djava.awt.headless=true assets/MakeIcons.java}. Output: {@code assets/icons/}.
 */
public final class MakeIcons {

    /** Bar heights as fractions of the tallest: a softmax output with one clear winner. */
    private static final double[] BARS = {0.24, 0.42, 1.0, 0.33, 0.17};
    private static final int WINNER = 2;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(out);
        for (int size : new int[] {48, 256}) {
            ImageIO.write(draw(size), "png", out.resolve("softmaxlab-" + size + ".png").toFile());
        }
        Files.write(out.resolve("softmaxlab.ico"), ico(16, 32, 48, 256));
        Files.write(out.resolve("softmaxlab.icns"), icns());
        System.out.println("wrote icons to " + out);
    }

    /** The icon at {@code size}×{@code size} pixels, drawn on a 256-unit grid and scaled. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 8, new Color(0x5B5BD6), 0, 248, new Color(0x2E2A7A)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double left = 50;
        double width = 26;
        double gap = 12;
        double baseline = 196;
        double tallest = 132;
        for (int i = 0; i < BARS.length; i++) {
            double h = BARS[i] * tallest;
            double x = left + i * (width + gap);
            g.setColor(i == WINNER ? new Color(0xFBBF24) : new Color(255, 255, 255, 225));
            g.fill(new RoundRectangle2D.Double(x, baseline - h, width, h + 6, 10, 10));
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(42, (int) baseline + 8, 214, (int) baseline + 8);
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows icon with PNG-compressed entries (supported since Windows Vista). */
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
            int dim = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
            header.put((byte) dim).put((byte) dim).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32)
                    .putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** A macOS icon family with PNG entries: icp4 16, icp5 32, ic07 128, ic08 256, ic09 512. */
    static byte[] icns() throws IOException {
        String[] types = {"icp4", "icp5", "ic07", "ic08", "ic09"};
        int[] sizes = {16, 32, 128, 256, 512};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            entries.writeBytes(types[i]);
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
