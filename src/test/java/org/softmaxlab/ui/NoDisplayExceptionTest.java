package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class NoDisplayExceptionTest {

    @Test
    void linuxWithoutDisplayIsToldWhatToDo() {
        Optional<String> why = NoDisplayException.missing("Linux", Map.of(), null);
        assertTrue(why.isPresent());
        assertTrue(why.get().contains("No display was found"), why.get());
        assertTrue(why.get().contains("softmaxlab train"), why.get());
        assertTrue(NoDisplayException.missing("Linux", Map.of("DISPLAY", " "), null).isPresent(), "blank is unset");
    }

    @Test
    void aDisplayWaylandMonocleOrAnotherSystemOpensTheWindow() {
        assertEquals(Optional.empty(), NoDisplayException.missing("Linux", Map.of("DISPLAY", ":12"), null));
        assertEquals(Optional.empty(), NoDisplayException.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertEquals(Optional.empty(), NoDisplayException.missing("Linux", Map.of(), "Monocle"));
        assertEquals(Optional.empty(), NoDisplayException.missing("Windows 11", Map.of(), null));
        assertEquals(Optional.empty(), NoDisplayException.missing("Mac OS X", Map.of(), null));
    }

    @Test
    void javafxsOwnFailureToOpenTheDisplayIsRecognised() {
        RuntimeException wrapped = new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertTrue(NoDisplayException.isDisplayFailure(wrapped));
        assertFalse(NoDisplayException.isDisplayFailure(new IllegalStateException("something else")));
    }
}
