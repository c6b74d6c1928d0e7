package org.softmaxlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it: write
 * to a temporary file beside the target, force it to disk, then move it over the target.
 */
public final class AtomicFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /** Replaces {@code target} with what {@code content} writes; on failure the target is untouched. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = temporaryFileFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
                out.flush();
            }
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Creates an empty, hidden temporary file beside {@code target} (its folder is created if need be),
     * to be filled and then {@link #move moved} over the target: on one file system, so that the move
     * is a rename. Its permissions are those of any new file (the umask decides, typically
     * {@code rw-r--r--}), which the target keeps after the move. The caller deletes it if it is not moved.
     */
    public static Path temporaryFileFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file owner-only (rw-------), and a rename keeps the
        // mode, so a downloaded data set, an exported chart or a saved model would be unreadable to the
        // rest of a shared classroom machine.
        return Files.createFile(dir.resolve("." + target.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part"));
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Moves a finished temporary file over the target, atomically where the file system can. The
     * target gets the source's permissions: make the source with {@link #temporaryFileFor}.
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
