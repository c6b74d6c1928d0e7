package org.softmaxlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checksums the app verifies and those the installer's build checks its bundled copy with are one list. */
class DatasetFileTest {

    @Test
    void theInstallersChecksumFileListsTheSameSha256s() throws IOException {
        Map<String, String> installer = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("installer/fashion-mnist.sha256"))) {
            if (!line.isBlank()) {
                String[] fields = line.trim().split("\\s+");
                installer.put(fields[1], fields[0]);
            }
        }
        Map<String, String> app = new LinkedHashMap<>();
        for (DatasetFile file : DatasetFile.values()) {
            app.put(file.baseName(), file.idxSha256());
        }
        assertEquals(app, installer);
    }
}
