import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DataSources;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.DatasetRequest;
import org.softmaxlab.data.ImageOptions;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.data.LoadContext;
import org.softmaxlab.data.LoadProgress;
import org.softmaxlab.data.MnistFamily;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * Issue 22's image-folder speed: an image folder ready to train the first time (list, decode in parallel,
 * write the cache) and again from the cache, and an epoch on it against one on the IDX files.
 *
 * <ol>
 *   <li>Fashion-MNIST written as 70,000 8-bit gray PNGs ({@code train/} and {@code test/}, a sub-folder per
 *       class), read at 28×28 (targets: ≤ 15 s the first time, ≤ 1.5 s from the cache, an epoch as fast as
 *       on the IDX files);</li>
 *   <li>a generated colour folder, 10 classes × {@code perClass} 32×32 RGB PNGs (a seeded split), read at
 *       32×32 colour, its epoch against the IDX epoch for scale (3,072 inputs against 784).</li>
 * </ol>
 * Each "first time" is a load with an empty cache folder (a fresh cache home); each load is
 * repeated {@code rounds} times and the median printed, each in its own JVM would be fairer to the first, but
 * the JIT warmed up by round 1 is what a second open in the same window sees. The folders are written once
 * into {@code WORKDIR} (default /tmp/softmaxlab-bench-folders) and kept for the next run.
 *
 * Run: java -cp "target/softmaxlab.jar:target/lib/*" src/bench/java/ImageFolderLoad.java [rounds] [perClass] [workdir]
 */
public class ImageFolderLoad {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Path work = Path.of(args.length > 2 ? args[2] : "/tmp/softmaxlab-bench-folders");
        System.out.printf(Locale.ROOT, "cores %d, load average %.2f at the start%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Nd4jRuntime.configureThreads(1);

        Dataset idx = MnistFamily.FASHION_MNIST.load(DatasetLocator.forCurrentUser().locate().folder());
        Path fashion = work.resolve("fashion-mnist-png");
        if (!Files.isDirectory(fashion)) {
            long t = System.nanoTime();
            writeFashion(fashion, idx);
            System.out.printf(Locale.ROOT, "wrote 70,000 PNGs into %s in %.1f s%n", fashion, seconds(t));
        }
        Path colour = work.resolve("colour-32-" + perClass);
        if (!Files.isDirectory(colour)) {
            long t = System.nanoTime();
            writeColour(colour, perClass, 32);
            System.out.printf(Locale.ROOT, "wrote %,d colour PNGs into %s in %.1f s%n", 10 * perClass, colour, seconds(t));
        }

        epochMillis(idx, 1); // the JIT's first run, not counted
        double idxEpoch = epochMillis(idx, Math.max(3, rounds));
        System.out.printf(Locale.ROOT, "IDX files: epoch %.0f ms of CPU (the training thread, median)%n", idxEpoch);
        report("fashion-mnist-png (70,000 gray 28×28 PNGs)", fashion, ImageOptions.DEFAULT, rounds, idxEpoch);
        report("colour 32×32 (" + String.format(Locale.ROOT, "%,d", 10 * perClass) + " RGB PNGs)", colour,
                new ImageOptions(32, ImageOptions.ColourMode.AUTO), rounds, idxEpoch);
        System.out.printf(Locale.ROOT, "load average %.2f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(String what, Path folder, ImageOptions options, int rounds, double idxEpoch)
            throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> firstCpu = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        List<Double> cachedCpu = new ArrayList<>();
        Dataset data = null;
        for (int r = 0; r < rounds; r++) {
            Path home = Files.createTempDirectory("softmaxlab-bench-home");
            try {
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                data = load(folder, options, home);
                first.add(seconds(t));
                firstCpu.add((processCpuNanos() - cpu) / 1e9);
                t = System.nanoTime();
                cpu = processCpuNanos();
                load(folder, options, home);
                cached.add(seconds(t));
                cachedCpu.add((processCpuNanos() - cpu) / 1e9);
            } finally {
                deleteTree(home);
            }
        }
        double epoch = epochMillis(data, Math.max(3, rounds));
        System.out.printf(Locale.ROOT, "%s: %s%n  first time %s s (median %.2f; CPU %s s), from the cache %s s "
                        + "(median %.2f; CPU %s s); epoch %.0f ms of CPU = %.2f × the IDX epoch%n", what, data.describe(),
                list(first), median(first), list(firstCpu), list(cached), median(cached), list(cachedCpu), epoch,
                epoch / idxEpoch);
    }

    private static Dataset load(Path folder, ImageOptions options, Path home) throws Exception {
        LoadContext context = new LoadContext(AppDirectories.under(home), DatasetLocator.explicit(folder), false, null,
                LoadProgress.NONE, () -> false);
        return DataSources.load(new DatasetRequest(null, folder, options), context);
    }

    /** The whole process's CPU time (every thread, the collector's too): what the load cost, whatever else runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The median CPU time of the training thread per epoch (first batch to last; one BLAS thread), the first
     * epoch left out: as EpochCpuTime.java, it holds still while other jobs load the machine, and the training
     * pass is what could differ between data read from PNGs and from IDX files.
     */
    private static double epochMillis(Dataset data, int epochs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        long[] start = new long[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void batchFinished(BatchProgress p) {
                if (p.batch() == 1) {
                    start[0] = threads.getCurrentThreadCpuTime();
                } else if (p.batch() == p.batchesPerEpoch()) {
                    millis.add((threads.getCurrentThreadCpuTime() - start[0]) / 1e6 * p.batchesPerEpoch()
                            / (p.batchesPerEpoch() - 1));
                }
            }
        };
        new Trainer(TrainingData.of(data)).run(TrainConfig.DEFAULTS.withEpochs(epochs + 1), listener,
                new TrainingControl());
        return median(millis.subList(1, millis.size()));
    }

    private static void writeFashion(Path root, Dataset idx) throws IOException {
        List<String> names = idx.classNames().stream().map(n -> n.replace('/', '-')).toList();
        for (String split : List.of("train", "test")) {
            ImageSet set = split.equals("train") ? idx.train() : idx.test();
            for (String n : names) {
                Files.createDirectories(root.resolve(split).resolve(n));
            }
            IntStream.range(0, set.size()).parallel().forEach(i -> {
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                for (int r = 0; r < 28; r++) {
                    for (int c = 0; c < 28; c++) {
                        image.getRaster().setSample(c, r, 0, set.pixel(i, r, c));
                    }
                }
                write(image, root.resolve(split).resolve(names.get(set.label(i)))
                        .resolve(String.format(Locale.ROOT, "%05d.png", i)));
            });
        }
    }

    /** Ten classes, each a hue and a shape, on a noisy light background. */
    private static void writeColour(Path root, int perClass, int side) throws IOException {
        for (int k = 0; k < 10; k++) {
            Files.createDirectories(root.resolve(String.format(Locale.ROOT, "class-%02d", k)));
        }
        IntStream.range(0, 10 * perClass).parallel().forEach(i -> {
            int k = i % 10;
            Random random = new Random(i);
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(190 + random.nextInt(60), 190 + random.nextInt(60), 190 + random.nextInt(60)));
            g.fillRect(0, 0, side, side);
            g.setColor(Color.getHSBColor(k / 10f + random.nextFloat() * 0.05f, 0.8f, 0.5f + random.nextFloat() * 0.4f));
            int size = side / 3 + random.nextInt(side / 3);
            int x = random.nextInt(side - size);
            int y = random.nextInt(side - size);
            if (k % 2 == 0) {
                g.fillOval(x, y, size, size);
            } else {
                g.fillRect(x, y, size, size);
            }
            g.dispose();
            write(image, root.resolve(String.format(Locale.ROOT, "class-%02d", k))
                    .resolve(String.format(Locale.ROOT, "%05d.png", i / 10)));
        });
    }

    private static void write(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String list(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
