package org.softmaxlab.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.io.AtomicFiles;

/**
 * The class names and image shape of each data set the window has read (by the chooser's choice: a
 * known name or a folder), kept between sessions in {@value #FILE_NAME} beside the settings. A model
 * file records only its data set's signature; this is how the window knows which remembered folder
 * such a model was made for without reading every folder again.
 *
 * <p>A file that cannot be read, or an entry that does not parse, is skipped: it only means a data
 * set is not offered. Not thread-safe: the window uses it on the JavaFX thread.
 */
public final class DatasetMemory {

    /** The file's name in the configuration folder. */
    public static final String FILE_NAME = "datasets.properties";
    /** Data sets kept; the oldest is forgotten first. */
    static final int MAX_KEPT = 24;
    /** Far above {@link #MAX_KEPT} entries of up to 1,000 class names each: a bigger file is not read. */
    private static final int MAX_FILE_BYTES = 4 << 20;

    private final Path file;
    private final Map<String, DatasetSignature> known = new LinkedHashMap<>();

    private DatasetMemory(Path file) {
        this.file = file;
    }

    /** A memory for this session only (tests, a window without a settings store). */
    public static DatasetMemory inMemory() {
        return new DatasetMemory(null);
    }

    /** The memory kept in {@code configDir}, read now. */
    public static DatasetMemory in(Path configDir) {
        DatasetMemory memory = new DatasetMemory(configDir.resolve(FILE_NAME));
        memory.read();
        return memory;
    }

    /** Every data set remembered, by choice, the most recently read last. */
    public Map<String, DatasetSignature> all() {
        return new LinkedHashMap<>(known);
    }

    /**
     * Remembers that {@code choice} reads data of {@code signature}, and saves (atomically). A file that
     * cannot be written is not an error: the data set is remembered for this session.
     */
    public void remember(String choice, DatasetSignature signature) {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(signature, "signature");
        known.remove(choice);
        known.put(choice, signature);
        while (known.size() > MAX_KEPT) {
            known.remove(known.keySet().iterator().next());
        }
        if (file == null) {
            return;
        }
        Properties properties = new Properties();
        int i = 0;
        for (Map.Entry<String, DatasetSignature> entry : known.entrySet()) {
            ImageShape shape = entry.getValue().shape();
            properties.setProperty(i + ".choice", entry.getKey());
            properties.setProperty(i + ".shape", shape.height() + "x" + shape.width() + "x" + shape.channels());
            properties.setProperty(i + ".classes", String.join("\n", entry.getValue().classNames()));
            i++;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            properties.store(bytes, "Data sets SoftmaxLab has read: class names and image shape, for model files");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            // Remembered for this session; the next start offers a little less.
        }
    }

    private void read() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return;
            }
            properties.load(new java.io.ByteArrayInputStream(bytes));
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        for (int i = 0; i < MAX_KEPT; i++) {
            String choice = properties.getProperty(i + ".choice");
            String shape = properties.getProperty(i + ".shape");
            String classes = properties.getProperty(i + ".classes");
            if (choice == null || shape == null || classes == null) {
                continue;
            }
            try {
                List<Integer> sides = new ArrayList<>();
                Arrays.stream(shape.split("x")).map(String::trim).map(Integer::valueOf).forEach(sides::add);
                if (sides.size() != 3) {
                    continue;
                }
                known.put(choice, DatasetSignature.checked(List.of(classes.split("\n", -1)),
                        new ImageShape(sides.get(0), sides.get(1), sides.get(2))));
            } catch (IllegalArgumentException e) {
                // not a signature: skipped
            }
        }
    }
}
