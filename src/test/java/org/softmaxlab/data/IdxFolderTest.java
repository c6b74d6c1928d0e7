package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any folder of four IDX files, of any image size, with an optional classes.txt beside them. */
class IdxFolderTest {

    @TempDir
    Path dir;

    /** Four IDX files of 12×10 images with labels 0, 1, 2, 0, 1, 2… */
    private void writeFolder(int trainCount, int testCount) {
        IdxFixtures.write(dir, "train-images-idx3-ubyte", IdxFixtures.images(trainCount, 12, 10, new byte[trainCount * 120]));
        IdxFixtures.write(dir, "t10k-images-idx3-ubyte", IdxFixtures.images(testCount, 12, 10, new byte[testCount * 120]));
        IdxFixtures.write(dir, "train-labels-idx1-ubyte", IdxFixtures.labels(trainCount, cycle(trainCount)));
        IdxFixtures.write(dir, "t10k-labels-idx1-ubyte", IdxFixtures.labels(testCount, cycle(testCount)));
    }

    private static byte[] cycle(int count) {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 3);
        }
        return labels;
    }

    @Test
    void readsTheClassNamesFileInAnyScript() throws Exception {
        writeFolder(6, 3);
        Files.writeString(dir.resolve(IdxFolder.CLASS_NAMES_FILE), "\uFEFFあ\n  い  \r\nう\n\n", StandardCharsets.UTF_8);
        Dataset data = DataSources.load(DatasetRequest.folder(dir), LoadContext.forCurrentUser());
        assertEquals(List.of("あ", "い", "う"), data.classNames());
        assertEquals(new ImageShape(12, 10, 1), data.shape());
        assertEquals(6, data.train().size());
        assertEquals(Provenance.Kind.IDX_FOLDER, data.provenance().kind());
        assertEquals(dir.getFileName().toString(), data.name());
    }

    @Test
    void withoutANamesFileTheClassesAreNumbered() throws Exception {
        writeFolder(6, 3);
        Dataset data = IdxFolder.read(dir);
        assertEquals(List.of("0", "1", "2"), data.classNames());
    }

    @Test
    void aNamesFileWithTooFewNamesSaysSo() throws Exception {
        writeFolder(6, 3);
        Files.writeString(dir.resolve(IdxFolder.CLASS_NAMES_FILE), "a\nb\n", StandardCharsets.UTF_8);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxFolder.read(dir));
        assertEquals(dir.resolve("classes.txt") + " names 2 classes, but the labels go up to 2; write one class name a "
                + "line for each of the 3 classes, label 0 first", e.getMessage());
    }

    @Test
    void aNamesFileThatIsNoTextOrRepeatsANameSaysWhatToDo() throws Exception {
        writeFolder(6, 3);
        Path names = dir.resolve(IdxFolder.CLASS_NAMES_FILE);
        Files.write(names, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x41});
        assertTrue(assertThrows(DatasetException.class, () -> IdxFolder.read(dir)).getMessage()
                .endsWith("classes.txt: not UTF-8 text; save it as UTF-8, one class name a line"));
        Files.writeString(names, "a\nb\na\n");
        assertTrue(assertThrows(DatasetException.class, () -> IdxFolder.read(dir)).getMessage()
                .endsWith("classes.txt: two classes are both called \"a\"; write one class name a line, label 0 first"));
    }

    @Test
    void theMnistFamilyInsistsOnItsOwnSize() {
        writeFolder(6, 3);
        DatasetException e = assertThrows(DatasetException.class, () -> MnistFamily.FASHION_MNIST.load(dir));
        assertEquals("train-images-idx3-ubyte: images are 12×10 pixels, expected 28×28; this is not a Fashion-MNIST file",
                e.getMessage());
    }

    /**
     * Debian's Fashion-MNIST folder chosen with Open folder… is Fashion-MNIST (its names, its signature), so a model
     * trained on Fashion-MNIST opens on it; before, it was a data set "fashion-mnist" of classes 0–9 and such a
     * model was refused as made for another data set. A copy with the user's own classes.txt keeps those names.
     */
    @Test
    void theMnistFamilysPublishedFilesInAFolderAreThatDataSet() throws Exception {
        Path published = org.softmaxlab.testing.RealData.folder();
        for (DatasetFile file : DatasetFile.values()) {
            Files.copy(published.resolve(file.gzName()), dir.resolve(file.gzName()));
        }
        assertEquals(java.util.Optional.of(MnistFamily.FASHION_MNIST), MnistFamily.recognise(dir));
        Dataset data = DataSources.load(DatasetRequest.folder(dir), LoadContext.forCurrentUser());
        assertEquals(MnistFamily.FASHION_MNIST.classNames(), data.classNames());
        assertEquals(DatasetSignature.FASHION_MNIST, data.signature());

        Files.writeString(dir.resolve(IdxFolder.CLASS_NAMES_FILE), "t\nt2\np\nd\nc\ns\nsh\nsn\nb\na\n");
        assertEquals("t", DataSources.load(DatasetRequest.folder(dir), LoadContext.forCurrentUser()).classNames().get(0));
    }

    @Test
    void otherIdxFilesAreNoneOfTheFamily() {
        writeFolder(6, 3);
        assertEquals(java.util.Optional.empty(), MnistFamily.recognise(dir));
    }
}
