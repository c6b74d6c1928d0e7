package org.softmaxlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/out.csv");
        AtomicFiles.write(target, "one".getBytes());
        AtomicFiles.write(target, "two".getBytes());
        assertArrayEquals("two".getBytes(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldContent(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.csv");
        AtomicFiles.write(target, "old".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertArrayEquals("old".getBytes(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void writtenFilesAreReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.png");
        AtomicFiles.write(target, new byte[] {1});
        Path plain = Files.createFile(dir.resolve("plain.png"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "the umask decides, as for any new file");
    }

    @Test
    void aTemporaryFileMovedOverItsTargetLeavesItReadableLikeAnyNewFile(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions only");
        Path target = dir.resolve("cache/train-images-idx3-ubyte.gz");
        Path temp = AtomicFiles.temporaryFileFor(target);
        Files.write(temp, new byte[] {1, 2, 3});
        AtomicFiles.move(temp, target);

        Set<PosixFilePermission> plain = permissions(Files.createFile(dir.resolve("cache/plain.gz")));
        assertEquals(plain, permissions(target), "the umask decides, as for any new file, not owner-only");
        assertTrue(permissions(target).contains(PosixFilePermission.OWNER_WRITE));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void aTemporaryFileIsHiddenBesideItsTarget(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/model.npz");
        Path temp = AtomicFiles.temporaryFileFor(target);
        assertEquals(target.getParent(), temp.getParent());
        assertTrue(temp.getFileName().toString().startsWith(".model.npz."), temp.toString());
        assertEquals(0, Files.size(temp));
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        return Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes().permissions();
    }
}
