package org.softmaxlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class EnglishCountTest {

    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertEquals("1 epoch", EnglishCount.of(1, "epoch"));
        assertEquals("0 epochs", EnglishCount.of(0, "epoch"));
        assertEquals("2 threads", EnglishCount.of(2, "thread"));
    }
}
