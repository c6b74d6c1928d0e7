package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;

/** The data sets read before, kept beside the settings so that a model file can be offered its data set. */
class DatasetMemoryTest {

    @TempDir
    Path config;

    private static final DatasetSignature FRUIT = new DatasetSignature(List.of("apple", "leaf", "wave"),
            new ImageShape(32, 32, 3));
    private static final DatasetSignature KANJI = new DatasetSignature(List.of("お", "き", "す", "つ"),
            ImageShape.MNIST);

    @Test
    void whatWasReadIsKnownAtTheNextStartNewestLast() {
        DatasetMemory first = DatasetMemory.in(config);
        first.remember("/classes/fruit", FRUIT);
        first.remember("/classes/kana", KANJI);
        first.remember("/classes/fruit", FRUIT); // read again: the newest

        Map<String, DatasetSignature> next = DatasetMemory.in(config).all();
        assertEquals(List.of("/classes/kana", "/classes/fruit"), List.copyOf(next.keySet()));
        assertEquals(FRUIT, next.get("/classes/fruit"));
        assertEquals(KANJI, next.get("/classes/kana"), "class names in any script come back as written");
    }

    @Test
    void onlyTheNewestAreKeptAndABrokenFileOrEntryIsSkipped() throws IOException {
        DatasetMemory memory = DatasetMemory.in(config);
        for (int i = 0; i < DatasetMemory.MAX_KEPT + 3; i++) {
            memory.remember("/d" + i, FRUIT);
        }
        assertEquals(DatasetMemory.MAX_KEPT, DatasetMemory.in(config).all().size());
        assertEquals(false, DatasetMemory.in(config).all().containsKey("/d0"), "the oldest is forgotten");

        Files.writeString(config.resolve(DatasetMemory.FILE_NAME),
                "0.choice=/a\n0.shape=28x28\n0.classes=x\\ny\n1.choice=/b\n1.shape=28x28x1\n1.classes=only one\n"
                        + "2.choice=/c\n2.shape=28x28x1\n2.classes=x\\ny\n");
        assertEquals(List.of("/c"), List.copyOf(DatasetMemory.in(config).all().keySet()));
        Files.write(config.resolve(DatasetMemory.FILE_NAME), new byte[] {(byte) 0xff, '\\', 'u', 'z'});
        assertEquals(Map.of(), DatasetMemory.in(config).all());
    }

    @Test
    void inMemoryWritesNothing() throws IOException {
        DatasetMemory.inMemory().remember("/classes/fruit", FRUIT);
        try (var files = Files.list(config)) {
            assertEquals(0, files.count());
        }
    }
}
