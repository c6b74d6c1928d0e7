package org.softmaxlab.data;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The MNIST family: data sets of 28×28 grayscale images in ten classes, 60,000 for training and
 * 10,000 for testing, published as the same four IDX files. Fashion-MNIST is SoftmaxLab's default
 * and the d2l lesson's data set.
 *
 * <p>Class names, mirrors and the MD5s of the four {@code .gz} files as torchvision's
 * {@code torchvision/datasets/mnist.py} gives them (classes {@code MNIST}, {@code FashionMNIST},
 * {@code KMNIST}; for MNIST the digits alone, which read better on a confusion matrix than
 * torchvision's "0 - zero"). Kuzushiji-MNIST's MD5s are also those of its project's own loader
 * (github.com/rois-codh/kmnist). MNIST is fetched from the mirror torchvision falls back to
 * (yann.lecun.com refuses scripted downloads); the sizes only scale the progress bar, the MD5
 * decides.
 */
public enum MnistFamily {

    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
            DatasetDownloader.OFFICIAL_MIRROR, DownloadManifest.official()),
    MNIST("mnist", "MNIST", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"), DownloadManifest.of(
                    new DownloadEntry("train-images-idx3-ubyte.gz", 9_912_422L, "f68b3c2dcbeaaa9fbdd348bbdeb94873", ""),
                    new DownloadEntry("train-labels-idx1-ubyte.gz", 28_881L, "d53e105ee54ea40749a09fcbcd1e9432", ""),
                    new DownloadEntry("t10k-images-idx3-ubyte.gz", 1_648_877L, "9fb629c4189551a2d022fa330f9573f3", ""),
                    new DownloadEntry("t10k-labels-idx1-ubyte.gz", 4_542L, "ec29112dd5afa0611ce80d1b7f02629c", ""))),
    KMNIST("kmnist", "Kuzushiji-MNIST", List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"),
            URI.create("http://codh.rois.ac.jp/kmnist/dataset/kmnist/"), DownloadManifest.of(
                    new DownloadEntry("train-images-idx3-ubyte.gz", 18_165_135L, "bdb82020997e1d708af4cf47b453dcf7", ""),
                    new DownloadEntry("train-labels-idx1-ubyte.gz", 29_497L, "e144d726b3acfaa3e44228e80efcd344", ""),
                    new DownloadEntry("t10k-images-idx3-ubyte.gz", 3_041_136L, "5c965bf0a639b31b8f53240b1b52f4d7", ""),
                    new DownloadEntry("t10k-labels-idx1-ubyte.gz", 5_120L, "7320c461ea6c1c855c0b718fb2a4b134", "")));

    private final String id;
    private final String displayName;
    private final List<String> classNames;
    private final URI mirror;
    private final DownloadManifest manifest;

    MnistFamily(String id, String displayName, List<String> classNames, URI mirror, DownloadManifest manifest) {
        this.id = id;
        this.displayName = displayName;
        this.classNames = classNames;
        this.mirror = mirror;
        this.manifest = manifest;
    }

    /** The official mirror the four files are downloaded from (a folder URL ending in '/'). */
    public URI mirror() {
        return mirror;
    }

    /** The four files with their published MD5s. */
    public DownloadManifest manifest() {
        return manifest;
    }

    /** Where SoftmaxLab keeps its download: {@code <cache>/<id>}, e.g. {@code ~/.cache/softmaxlab/mnist}. */
    public Path cacheFolder(AppDirectories dirs) {
        return dirs.cacheDir().resolve(id);
    }

    /** The name on the command line and in settings: "fashion-mnist", "mnist", "kmnist". */
    public String id() {
        return id;
    }

    /** The name people write: "Fashion-MNIST", "MNIST", "Kuzushiji-MNIST". */
    public String displayName() {
        return displayName;
    }

    /** The ten class names, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** The member named {@code name}: its id or display name, any case. */
    public static Optional<MnistFamily> byName(String name) {
        String n = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
        for (MnistFamily member : values()) {
            if (member.id.equals(n) || member.displayName.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** What this data set's IDX files must hold: 28×28 images, labels 0–9. */
    IdxReader.Expected expectation() {
        return new IdxReader.Expected(displayName, ImageShape.MNIST, classNames.size());
    }

    /**
     * The member whose four published files {@code dir} holds, as its mirror serves them or re-packed with the same
     * content (Debian's {@code dataset-fashion-mnist}, a copy of the cache): a folder chosen with Open folder… is then
     * that data set by name, with its class names, and its models open on it. The small label files are checked
     * first, so another folder costs two short reads; a recognised one, an MD5 of its images (about 30 MB).
     */
    public static Optional<MnistFamily> recognise(Path dir) {
        for (MnistFamily member : values()) {
            if (member.heldIn(dir)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    private boolean heldIn(Path dir) {
        List<DownloadEntry> smallestFirst = manifest.entries().stream()
                .sorted(java.util.Comparator.comparingLong(DownloadEntry::gzBytes)).toList();
        for (DownloadEntry entry : smallestFirst) {
            Path file = dir.resolve(entry.fileName());
            try {
                if (!Files.isRegularFile(file) || DownloadVerifier.problemWith(file, entry) != null) {
                    return false;
                }
            } catch (IOException unreadable) {
                return false; // read as a folder of IDX files, which says what is wrong with it
            }
        }
        return true;
    }

    /** Reads and validates the four files in {@code dir} (each gzipped or plain) as this data set. */
    public Dataset load(Path dir) throws DatasetException {
        return IdxFolder.read(dir, this,
                new Provenance(Provenance.Kind.MNIST_FAMILY, dir.toString(), ""));
    }
}
