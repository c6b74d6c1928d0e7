package org.softmaxlab.data;

import java.awt.image.BufferedImage;
import java.awt.color.ColorSpace;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.softmaxlab.io.AtomicFiles;

/**
 * A folder of images in torchvision's ImageFolder convention: one sub-folder per class, the
 * sub-folder's name is the class name, classes in the order of their names.
 *
 * <ul>
 *   <li>With {@code train/} and {@code test/} sub-folders (each holding the class sub-folders) those
 *       are the splits; otherwise a seeded ({@value #SPLIT_SEED}), stratified split holds back
 *       {@value #TEST_PERCENT} % of each class for testing. The split depends only on the file names,
 *       so the same folder splits the same way every time; it is said in the provenance and written
 *       beside the cache entry ({@code split.txt}).</li>
 *   <li>PNG, JPEG, GIF and BMP (the JDK's own ImageIO readers, see {@link BoundedImageReader});
 *       other files and hidden files (names starting with a dot) are ignored.</li>
 *   <li>Every image is fitted into the chosen square size (default 28×28), aspect kept, padded with
 *       its border's colour ({@link ImageFitting}); grayscale or colour as {@link ImageOptions} says
 *       (AUTO: colour if any image is).</li>
 *   <li>An image that cannot be read (truncated, not really an image, a picture above
 *       {@link BoundedImageReader#MAX_PIXELS}) is skipped and listed in the provenance note: one bad
 *       photo among hundreds should not stop a lesson, and the list says which to fix. A class left
 *       with no readable image is refused.</li>
 *   <li>Decoded in parallel (one thread a core) with progress, then cached in SoftmaxLab's cache
 *       folder ({@code <cache>/image-folders/<hash of the folder's path>/}), never in the user's
 *       folder. The cache entry is used again only if the folder's listing (names, sizes, modification
 *       times) and the options are the same; a folder that changes while it is read is refused.</li>
 * </ul>
 */
public final class ImageFolder {

    /** The share of each class held back for testing when the folder has no train/ and test/. */
    public static final int TEST_PERCENT = 20;
    /** The split's seed: fixed, so a folder splits the same way on every machine. */
    public static final long SPLIT_SEED = 42;
    /** The picture formats read, by file extension (lower case). */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** The {@link LoadProgress} stage while images are decoded; its units are images, not bytes. */
    public static final String DECODING = "decoding images";

    private static final int CACHE_VERSION = 1;
    private static final byte[] CACHE_MAGIC = "SMLABIMGF".getBytes(StandardCharsets.US_ASCII);

    private ImageFolder() {
    }

    /** One image file and its class. */
    private record Item(Path file, String relative, int label, long size, long modified) {
    }

    /** The files found, per split. */
    private record Listing(List<String> classNames, List<Item> train, List<Item> test, boolean presplit) {
        List<Item> all() {
            List<Item> all = new ArrayList<>(train);
            all.addAll(test);
            return all;
        }
    }

    /** Whether {@code dir} looks like an image folder: a folder with at least one visible sub-folder. */
    public static boolean looksLikeOne(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(c -> !hidden(c) && Files.isDirectory(c));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the image folder {@code dir} (see the class comment), from the cache when nothing changed.
     *
     * @throws DatasetException naming what is wrong with the folder and what to do
     */
    public static Dataset read(Path dir, ImageOptions options, LoadContext context) throws DatasetException {
        Listing listing = list(dir);
        String fingerprint = fingerprint(dir, listing, options);
        Path cacheEntry = context.directories().cacheDir().resolve("image-folders").resolve(hash(
                dir.toAbsolutePath().normalize().toString()));
        Dataset cached = readCache(cacheEntry, fingerprint, dir);
        if (cached != null) {
            return cached;
        }
        Decoded decoded = decodeAll(listing, options, context);
        if (!fingerprint(dir, list(dir), options).equals(fingerprint)) {
            throw new DatasetException(dir + ": the folder changed while it was read (files were added, removed or "
                    + "changed); read it again once copying into it has finished");
        }
        Dataset data = build(dir, listing, decoded);
        String cacheNote = writeCache(cacheEntry, fingerprint, data, listing);
        if (!cacheNote.isEmpty()) {
            data = withNote(data, cacheNote);
        }
        return data;
    }

    // ---- listing ---------------------------------------------------------------------------------

    private static Listing list(Path dir) throws DatasetException {
        if (!Files.isDirectory(dir)) {
            throw new DatasetFolderException(dir, FolderProblem.of(
                    Files.exists(dir) ? FolderProblem.Kind.NOT_A_FOLDER : FolderProblem.Kind.NO_SUCH_FOLDER));
        }
        Path train = dir.resolve("train");
        Path test = dir.resolve("test");
        if (Files.isDirectory(train) && Files.isDirectory(test)) {
            List<String> names = classFolders(train);
            List<String> testNames = classFolders(test);
            if (!names.equals(testNames)) {
                throw new DatasetException(dir + ": train/ and test/ hold different classes (train: "
                        + String.join(", ", names) + "; test: " + String.join(", ", testNames)
                        + "); give both the same class sub-folders");
            }
            checkClasses(train, names);
            List<Item> trainItems = items(train, names, "train/");
            List<Item> testItems = items(test, names, "test/");
            checkNotEmpty(train, names, trainItems);
            return new Listing(names, trainItems, testItems, true);
        }
        for (Path half : List.of(train, test)) {
            // train/ alone holding class sub-folders is a split half-made, not a class called "train".
            if (Files.isDirectory(half) && !classFolders(half).isEmpty()) {
                String has = half.getFileName().toString();
                String lacks = half == train ? "test" : "train";
                throw new DatasetException(dir + ": has " + has + "/ but no " + lacks + "/; add " + lacks + "/ with "
                        + "the same class sub-folders, or move the class sub-folders up into the folder to have "
                        + TEST_PERCENT + " % of each class held back for testing");
            }
        }
        List<String> names = classFolders(dir);
        checkClasses(dir, names);
        List<Item> all = items(dir, names, "");
        checkNotEmpty(dir, names, all);
        return split(names, all);
    }

    /**
     * The visible sub-folders, sorted by name (torchvision's order). A link back to the folder or one
     * above it (a symlink loop) is no class: followed, it would list the folder in itself.
     */
    private static List<String> classFolders(Path dir) throws DatasetException {
        try (Stream<Path> children = Files.list(dir)) {
            Path real = dir.toRealPath();
            return children.filter(c -> !hidden(c) && Files.isDirectory(c) && !loopsBack(c, real))
                    .map(c -> c.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static void checkClasses(Path dir, List<String> names) throws DatasetException {
        if (names.isEmpty()) {
            throw new DatasetException(dir + ": holds no class sub-folders; put each class's images in a sub-folder "
                    + "named after the class (for example cat/ and dog/)");
        }
        if (names.size() == 1) {
            throw new DatasetException(dir + ": holds only one class (" + names.get(0) + "/); a classifier needs at "
                    + "least two: add a sub-folder of images for each other class");
        }
        if (names.size() > Dataset.MAX_CLASSES) {
            throw new DatasetException(String.format(Locale.ROOT, "%s: holds %,d class sub-folders; SoftmaxLab reads at "
                    + "most %,d classes: choose the folder of one lesson's classes", dir, names.size(), Dataset.MAX_CLASSES));
        }
    }

    private static void checkNotEmpty(Path dir, List<String> names, List<Item> items) throws DatasetException {
        int[] counts = new int[names.size()];
        items.forEach(i -> counts[i.label()]++);
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                throw new DatasetException(dir + ": class " + names.get(c) + " (" + names.get(c) + "/) holds no "
                        + "images (PNG, JPEG, GIF or BMP); add some, or remove the folder");
            }
        }
    }

    private static List<Item> items(Path dir, List<String> names, String prefix) throws DatasetException {
        List<Item> items = new ArrayList<>();
        for (int label = 0; label < names.size(); label++) {
            Path classDir = dir.resolve(names.get(label));
            List<String> files;
            try (Stream<Path> children = Files.list(classDir)) {
                // Sorted as names, not as paths: comparing whole paths was half of opening a cached folder.
                files = children.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".") && isImageName(n))
                        .sorted().toList();
            } catch (IOException e) {
                throw new DatasetException(classDir + ": cannot list the folder: " + e.getMessage(), e);
            }
            for (String fileName : files) {
                Path f = classDir.resolve(fileName);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(f, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // a dangling or looping link: no image there
                }
                if (attributes.isRegularFile()) {
                    items.add(new Item(f, prefix + names.get(label) + "/" + fileName, label, attributes.size(),
                            attributes.lastModifiedTime().toMillis()));
                }
            }
        }
        return items;
    }

    /** Per class, a seeded shuffle of its files (sorted by name first); the first 20 % go to test. */
    private static Listing split(List<String> names, List<Item> all) {
        List<Item> train = new ArrayList<>();
        List<Item> test = new ArrayList<>();
        for (int label = 0; label < names.size(); label++) {
            List<Item> ofClass = new ArrayList<>();
            for (Item i : all) {
                if (i.label() == label) {
                    ofClass.add(i);
                }
            }
            java.util.Collections.shuffle(ofClass, new Random(SPLIT_SEED * 31 + label));
            int held = ofClass.size() < 2 ? 0 : Math.max(1, Math.round(ofClass.size() * TEST_PERCENT / 100f));
            test.addAll(ofClass.subList(0, held));
            train.addAll(ofClass.subList(held, ofClass.size()));
        }
        return new Listing(names, train, test, false);
    }

    private static boolean loopsBack(Path child, Path realParent) {
        try {
            return realParent.startsWith(child.toRealPath());
        } catch (IOException e) {
            return true; // a link that cannot be resolved is no folder to read
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name == null || name.toString().startsWith(".");
    }

    private static boolean isImageName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    // ---- decoding --------------------------------------------------------------------------------

    /** Every image as RGB planes at the chosen size (null if unreadable), whether any was colour, and what was skipped. */
    private record Decoded(byte[][] rgb, boolean anyColour, List<String> skipped) {
    }

    private static Decoded decodeAll(Listing listing, ImageOptions options, LoadContext context) throws DatasetException {
        List<Item> all = listing.all();
        int side = options.size();
        byte[][] rgb = new byte[all.size()][];
        String[] problems = new String[all.size()];
        boolean[] colour = new boolean[all.size()];
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "softmaxlab-image-decoder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, all.size() / (threads * 8));
            for (int start = 0; start < all.size(); start += chunk) {
                int from = start;
                int to = Math.min(all.size(), start + chunk);
                futures.add(pool.submit(() -> {
                    try (BoundedImageReader.Decoder decoder = new BoundedImageReader.Decoder()) {
                        decodeRange(all, from, to, decoder, side, rgb, colour, problems, done, context);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadCancelledException("reading the image folder was cancelled");
        } catch (ExecutionException e) {
            throw new DatasetException("decoding the images failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        context.throwIfCancelled("reading the image folder");
        List<String> skipped = new ArrayList<>();
        boolean anyColour = false;
        for (int i = 0; i < all.size(); i++) {
            if (problems[i] != null) {
                skipped.add(problems[i]);
            }
            anyColour |= colour[i];
        }
        boolean asColour = switch (options.colour()) {
            case AUTO -> anyColour;
            case COLOUR -> true;
            case GRAYSCALE -> false;
        };
        return new Decoded(rgb, asColour, skipped);
    }

    private static void decodeRange(List<Item> all, int from, int to, BoundedImageReader.Decoder decoder, int side,
                                    byte[][] rgb, boolean[] colour, String[] problems, AtomicInteger done,
                                    LoadContext context) {
        for (int i = from; i < to; i++) {
            if (context.cancelled().getAsBoolean()) {
                return;
            }
            try {
                BufferedImage image = decoder.decode(all.get(i).file()).image();
                colour[i] = isColour(image);
                rgb[i] = planes(ImageFitting.fit(image, side, side, BufferedImage.TYPE_INT_RGB,
                        ImageFitting.borderColour(image)));
            } catch (BoundedImageReader.DecodeException e) {
                problems[i] = all.get(i).relative() + ": " + describe(e);
            } catch (RuntimeException e) {
                problems[i] = all.get(i).relative() + ": cannot be read (" + e.getMessage() + ")";
            }
            context.progress().onProgress(DECODING, done.incrementAndGet(), all.size());
        }
    }

    private static String describe(BoundedImageReader.DecodeException e) {
        return switch (e.problem()) {
            case TOO_LARGE -> "too large to read (" + e.detail() + " pixels); scale it down";
            case NOT_A_PICTURE -> "not a picture the image readers know (PNG, JPEG, GIF, BMP); convert it";
            case NO_SUCH_FILE -> "gone while the folder was read";
            case UNREADABLE -> e.detail().contains("Unsupported Image Type")
                    ? "a JPEG in a colour type Java's reader does not read (" + e.detail() + "); save it as an RGB JPEG "
                            + "or PNG"
                    : "truncated or damaged (" + e.detail() + "); save it again or remove it";
        };
    }

    private static boolean isColour(BufferedImage image) {
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return false;
        }
        // A colour file whose pixels are all gray (a scan saved as RGB) is gray.
        for (int y = 0; y < image.getHeight(); y += Math.max(1, image.getHeight() / 32)) {
            for (int x = 0; x < image.getWidth(); x += Math.max(1, image.getWidth() / 32)) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - g) > 8 || Math.abs(g - b) > 8) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Red, green and blue planes of a fitted image. */
    private static byte[] planes(BufferedImage fitted) {
        int plane = fitted.getWidth() * fitted.getHeight();
        byte[] out = new byte[3 * plane];
        int[] argb = fitted.getRGB(0, 0, fitted.getWidth(), fitted.getHeight(), null, 0, fitted.getWidth());
        for (int p = 0; p < plane; p++) {
            out[p] = (byte) (argb[p] >> 16);
            out[plane + p] = (byte) (argb[p] >> 8);
            out[2 * plane + p] = (byte) argb[p];
        }
        return out;
    }

    // ---- building --------------------------------------------------------------------------------

    private static Dataset build(Path dir, Listing listing, Decoded decoded) throws DatasetException {
        int side = decoded.rgb().length == 0 ? 1 : (int) Math.round(Math.sqrt(firstNonNull(decoded.rgb()) / 3.0));
        ImageShape shape = ImageShape.square(side, decoded.anyColour() ? 3 : 1);
        int trainCount = listing.train().size();
        ImageSet train = images(shape, listing.train(), decoded.rgb(), 0);
        ImageSet test = images(shape, listing.test(), decoded.rgb(), trainCount);
        int[] trainPerClass = new int[listing.classNames().size()];
        for (int l : train.labels()) {
            trainPerClass[l]++;
        }
        for (int c = 0; c < trainPerClass.length; c++) {
            if (trainPerClass[c] == 0) {
                throw new DatasetException(dir + ": class " + listing.classNames().get(c) + " has no readable image "
                        + "to train on" + skippedSuffix(decoded.skipped()));
            }
        }
        if (test.size() == 0) {
            throw new DatasetException(dir + ": too few images to hold " + TEST_PERCENT + " % back for testing; "
                    + "add at least two images to each class, or give train/ and test/ sub-folders");
        }
        List<String> names = listing.classNames().stream().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC)).toList();
        String note = (listing.presplit() ? "train/ and test/ as given" : String.format(Locale.ROOT,
                "split: %d %% of each class held back for testing (seed %d)", TEST_PERCENT, SPLIT_SEED))
                + String.format(Locale.ROOT, "; %,d training and %,d test images", train.size(), test.size())
                + skippedSuffix(decoded.skipped());
        try {
            return new Dataset(folderName(dir), names, shape, train, test,
                    new Provenance(Provenance.Kind.IMAGE_FOLDER, dir.toString(), note, decoded.skipped()));
        } catch (IllegalArgumentException e) {
            throw new DatasetException(dir + ": " + e.getMessage(), e);
        }
    }

    private static int firstNonNull(byte[][] rgb) {
        for (byte[] b : rgb) {
            if (b != null) {
                return b.length;
            }
        }
        return 3;
    }

    private static String skippedSuffix(List<String> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "; %,d unreadable %s skipped: %s", skipped.size(),
                skipped.size() == 1 ? "image" : "images", String.join("; ", skipped.subList(0, Math.min(10,
                        skipped.size()))) + (skipped.size() > 10 ? "; …" : ""));
    }

    /** The readable images of {@code items} (whose decoded planes start at {@code offset}) at {@code shape}. */
    private static ImageSet images(ImageShape shape, List<Item> items, byte[][] rgb, int offset) {
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            n += rgb[offset + i] != null ? 1 : 0;
        }
        byte[] pixels = new byte[n * shape.values()];
        int[] labels = new int[n];
        int plane = shape.pixels();
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            byte[] planes = rgb[offset + i];
            if (planes == null) {
                continue;
            }
            labels[k] = items.get(i).label();
            int base = k * shape.values();
            if (shape.isColour()) {
                System.arraycopy(planes, 0, pixels, base, 3 * plane);
            } else {
                for (int p = 0; p < plane; p++) {
                    int r = planes[p] & 0xFF;
                    int g = planes[plane + p] & 0xFF;
                    int b = planes[2 * plane + p] & 0xFF;
                    pixels[base + p] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                }
            }
            k++;
        }
        return new ImageSet(shape, pixels, labels);
    }

    private static Dataset withNote(Dataset data, String extra) {
        Provenance p = data.provenance();
        return new Dataset(data.name(), data.classNames(), data.shape(), data.train(), data.test(),
                new Provenance(p.kind(), p.location(), p.note() + "; " + extra));
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    // ---- cache -----------------------------------------------------------------------------------

    /** A digest of everything the result depends on: options, and each file's name, size and time. */
    private static String fingerprint(Path dir, Listing listing, ImageOptions options) {
        StringBuilder text = new StringBuilder().append(CACHE_VERSION).append('\n').append(options).append('\n')
                .append(listing.presplit()).append('\n');
        for (Item i : listing.all()) {
            text.append(i.relative()).append('\t').append(i.size()).append('\t').append(i.modified()).append('\n');
        }
        return hash(text.toString());
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static Dataset readCache(Path entry, String fingerprint, Path dir) {
        Path file = entry.resolve("data.bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(raw)) {
            byte[] magic = in.readNBytes(CACHE_MAGIC.length);
            if (!java.util.Arrays.equals(magic, CACHE_MAGIC) || in.readInt() != CACHE_VERSION
                    || !in.readUTF().equals(fingerprint)) {
                return null;
            }
            String name = in.readUTF();
            int classes = in.readInt();
            List<String> names = new ArrayList<>(classes);
            for (int c = 0; c < classes; c++) {
                names.add(in.readUTF());
            }
            ImageShape shape = new ImageShape(in.readInt(), in.readInt(), in.readInt());
            ImageSet train = readImages(in, shape);
            ImageSet test = readImages(in, shape);
            String note = in.readUTF();
            return new Dataset(name, names, shape, train, test, new Provenance(Provenance.Kind.IMAGE_FOLDER,
                    dir.toString(), note));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache entry is read again from the folder, and then replaced
        }
    }

    private static ImageSet readImages(DataInputStream in, ImageShape shape) throws IOException {
        int n = in.readInt();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = in.readInt();
        }
        byte[] pixels = new byte[n * shape.values()];
        in.readFully(pixels);
        return new ImageSet(shape, pixels, labels);
    }

    /** Writes the cache entry; "" when written, else a note why not (the data is used all the same). */
    private static String writeCache(Path entry, String fingerprint, Dataset data, Listing listing) {
        try {
            Files.createDirectories(entry);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(
                    64 + (data.train().size() + data.test().size()) * (data.inputCount() + 4));
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(CACHE_MAGIC);
                out.writeInt(CACHE_VERSION);
                out.writeUTF(fingerprint);
                out.writeUTF(data.name());
                out.writeInt(data.classCount());
                for (String n : data.classNames()) {
                    out.writeUTF(n);
                }
                out.writeInt(data.shape().height());
                out.writeInt(data.shape().width());
                out.writeInt(data.shape().channels());
                for (ImageSet split : List.of(data.train(), data.test())) {
                    out.writeInt(split.size());
                    for (int l : split.rawLabels()) {
                        out.writeInt(l);
                    }
                    out.write(split.rawPixels());
                }
                out.writeUTF(data.provenance().note());
            }
            AtomicFiles.write(entry.resolve("data.bin"), bytes.toByteArray());
            StringBuilder split = new StringBuilder("# the test images of ").append(data.provenance().location())
                    .append('\n');
            listing.test().forEach(i -> split.append(i.relative()).append('\n'));
            AtomicFiles.write(entry.resolve("split.txt"), split.toString().getBytes(StandardCharsets.UTF_8));
            return "";
        } catch (IOException | RuntimeException e) {
            return "not cached (" + entry + ": " + e.getMessage() + "); it is decoded from the folder again each time "
                    + "until SoftmaxLab's cache folder can be written";
        }
    }
}
