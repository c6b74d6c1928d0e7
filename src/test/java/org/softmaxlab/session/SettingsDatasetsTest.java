package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsDatasetsTest {

    private static final String HOME = Path.of("/home/teacher").toAbsolutePath().toString();

    @Test
    void theDataSetUsedComesFirstAndTheRecentOnesFollowWithoutRepeats() {
        Settings s = Settings.DEFAULTS;
        assertNull(s.dataset(), "the default data set until one is chosen");
        s = s.withDatasetUsed("mnist").withDatasetUsed(HOME + "/shapes").withDatasetUsed("mnist");
        assertEquals(List.of("mnist", HOME + "/shapes"), s.datasets());
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            s = s.withDatasetUsed(name);
        }
        assertEquals(List.of("f", "e", "d", "c", "b", "a"), s.datasets(), "the oldest are forgotten");
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withDatasetUsed("shapes/drawn"),
                "a relative folder means nothing at the next start");
    }

    @Test
    void theyAreKeptInTheFileAndABadOneIsIgnoredAlone() throws Exception {
        Settings s = Settings.DEFAULTS.withDatasetUsed(HOME + "/涂鸦").withDatasetUsed("kmnist");
        String text = SettingsProperties.format(s);
        Properties read = new Properties();
        read.load(new StringReader(text));
        assertEquals(s, SettingsProperties.decode(read).settings());

        read.setProperty("data.set.1", "relative/folder");
        read.setProperty("data.set.2", "fashion-mnist");
        SettingsProperties.Decoded decoded = SettingsProperties.decode(read);
        assertEquals(List.of("kmnist", "fashion-mnist"), decoded.settings().datasets());
        assertEquals(1, decoded.ignored().size());
        assertTrue(decoded.ignored().get(0).startsWith("data.set.1=relative/folder"), decoded.ignored().get(0));
    }
}
