package org.softmaxlab.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A small colour image folder in torchvision's ImageFolder layout, made up for tests and
 * screenshots: three classes told apart by colour and shape (red apples, green leaves, blue
 * waves), on varied light backgrounds, moved and sized at random (seeded).
 */
public final class ColourFolder {

    /** The class names, in the order an ImageFolder reader sorts them. */
    public static final List<String> CLASSES = List.of("apple", "leaf", "wave");

    private ColourFolder() {
    }

    /** Writes {@code perClass} PNGs of {@code side × side} per class under {@code root}; returns {@code root}. */
    public static Path write(Path root, int perClass, int side, long seed) throws IOException {
        Random random = new Random(seed);
        for (String name : CLASSES) {
            Path folder = Files.createDirectories(root.resolve(name));
            for (int i = 0; i < perClass; i++) {
                ImageIO.write(picture(name, side, random), "png",
                        folder.resolve(String.format(Locale.ROOT, "%s-%03d.png", name, i)).toFile());
            }
        }
        return root;
    }

    private static BufferedImage picture(String name, int side, Random random) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int light = 200 + random.nextInt(50);
        g.setColor(new Color(light, light - random.nextInt(20), light - random.nextInt(30)));
        g.fillRect(0, 0, side, side);
        double size = side * (0.45 + 0.35 * random.nextDouble());
        double x = (side - size) * random.nextDouble();
        double y = (side - size) * random.nextDouble();
        switch (name) {
            case "apple" -> {
                g.setColor(new Color(190 + random.nextInt(60), 20 + random.nextInt(40), 20 + random.nextInt(30)));
                g.fill(new java.awt.geom.Ellipse2D.Double(x, y, size, size * 0.95));
                g.setColor(new Color(90, 60, 20));
                g.setStroke(new BasicStroke((float) Math.max(1, side / 16.0)));
                g.draw(new java.awt.geom.Line2D.Double(x + size / 2, y + size * 0.1, x + size * 0.55, y - size * 0.1));
            }
            case "leaf" -> {
                g.setColor(new Color(30 + random.nextInt(40), 140 + random.nextInt(80), 30 + random.nextInt(40)));
                java.awt.geom.AffineTransform saved = g.getTransform();
                g.rotate(Math.toRadians(-45 + random.nextInt(90)), x + size / 2, y + size / 2);
                g.fill(new java.awt.geom.Ellipse2D.Double(x, y + size * 0.3, size, size * 0.4));
                g.setTransform(saved);
            }
            default -> {
                g.setColor(new Color(20 + random.nextInt(40), 70 + random.nextInt(60), 170 + random.nextInt(80)));
                g.setStroke(new BasicStroke((float) Math.max(1.5, side / 10.0)));
                double phase = random.nextDouble() * Math.PI * 2;
                for (int band = 0; band < 2; band++) {
                    java.awt.geom.Path2D.Double wave = new java.awt.geom.Path2D.Double();
                    double by = y + size * (0.3 + 0.4 * band);
                    wave.moveTo(0, by);
                    for (int px = 1; px <= side; px++) {
                        wave.lineTo(px, by + size * 0.12 * Math.sin(phase + px * 2 * Math.PI / (side * 0.6)));
                    }
                    g.draw(wave);
                }
            }
        }
        g.dispose();
        // A little sensor noise, so no two pictures are the same.
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int rgb = image.getRGB(px, py);
                int noise = random.nextInt(17) - 8;
                int r = clamp(((rgb >> 16) & 0xFF) + noise);
                int gr = clamp(((rgb >> 8) & 0xFF) + noise);
                int b = clamp((rgb & 0xFF) + noise);
                image.setRGB(px, py, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
