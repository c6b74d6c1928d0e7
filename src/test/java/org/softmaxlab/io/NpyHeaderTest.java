package org.softmaxlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.testing.HostileModelFiles;

/**
 * The .npy header as NumPy writes it and as a hostile file does not: read in one pass, capped at
 * NumPy's 10,000 bytes, every dimension said as what it is. The timeouts only keep a regression from
 * hanging the build (the regular expressions these replace took minutes on the header bomb).
 */
@Timeout(60)
class NpyHeaderTest {

    @Test
    void readsWhatNumPyWritesInAnyOfItsSpellings() throws Exception {
        NpyHeader numpy = NpyHeader.parse("{'descr': '<f4', 'fortran_order': False, 'shape': (10, 784), }      \n", "w");
        assertEquals("<f4", numpy.descr());
        assertFalse(numpy.fortranOrder());
        assertArrayEquals(new long[] {10, 784}, numpy.shape());

        assertArrayEquals(new long[] {10}, NpyHeader.parse("{'descr':'>f8','fortran_order':True,'shape':(10,)}", "b").shape());
        assertArrayEquals(new long[] {}, NpyHeader.parse("{'shape': (), 'descr': '<f4', 'fortran_order': False}", "s").shape());
        assertArrayEquals(new long[] {3, 4}, NpyHeader.parse("{\"descr\": \"<f4\", \"fortran_order\": False, "
                + "\"shape\": (3L, 4L)}", "py2").shape(), "Python 2's longs and double quotes");
    }

    @Test
    void aMalformedHeaderSaysWhatIsWhere() {
        assertNotNpy("{'descr': '<f4', 'fortran_order': False}", "its header has no 'shape'");
        assertNotNpy("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,)}",
                "its header has 'Maybe, 'shap' where 'fortran_order' True or False belongs");
        assertNotNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 'shape': (1, ",
                "its header has ''shape': (1,' where a size in the shape belongs");
        assertNotNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2",
                "its header ends where a comma or ')' of the shape belongs");
        assertNotNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'extra': 1}",
                "its header has an unexpected key 'extra'");
        assertNotNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,)} trailing",
                "its header has 'trailing' after the closing '}'");
        assertNotNpy("{'descr': '<f4", "its header has a quote that is never closed");
        assertNotNpy("{'shape': (" + "1, ".repeat(33) + ")}", "its shape has more than 32 dimensions, NumPy's limit");
    }

    @Test
    void negativeAndAbsurdDimensionsAreSaidAsWhatTheyAre() {
        NpzException negative = assertThrows(NpzException.class, () -> NpyHeader.parse(
                "{'descr': '<f4', 'fortran_order': False, 'shape': (-3, 784)}", "1.weight"));
        assertEquals(NpzException.Problem.NEGATIVE_DIMENSION, negative.problem());
        assertEquals("'1.weight' has shape (-3, 784), with a negative dimension (-3); no array has one",
                negative.getMessage());

        NpzException overflow = assertThrows(NpzException.class, () -> NpyHeader.parse(
                "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999, 784)}", "1.weight"));
        assertEquals(NpzException.Problem.HUGE_SHAPE, overflow.problem(), overflow.getMessage());
        assertTrue(overflow.getMessage().startsWith("'1.weight' has shape (99999999999999999999"), overflow.getMessage());

        NpzException huge = assertThrows(NpzException.class, () -> Npy.decode(HostileModelFiles.npy("<f4",
                "(100000, 100000, 100000)", new byte[0]), "1.weight"));
        assertEquals(NpzException.Problem.HUGE_SHAPE, huge.problem());
        assertEquals("'1.weight' has shape (100000, 100000, 100000), far more numbers than any model has",
                huge.getMessage(), "not 'needs 9,223,372,036,854,775,807 bytes'");
    }

    @Test
    void aHeaderLongerThanNumPyReadsIsRefusedBeforeItIsRead() {
        byte[] bomb = bombNpy(HostileModelFiles.BOMB_HEADER_BYTES);
        // The stream holds the preamble only: the refusal comes from the 4-byte length, before the header.
        ByteArrayInputStream preambleOnly = new ByteArrayInputStream(bomb, 0, 12);
        NpzException e = assertThrows(NpzException.class, () -> Npy.read(preambleOnly, bomb.length, 1 << 30, "w"));
        assertEquals(NpzException.Problem.HEADER_TOO_LONG, e.problem());
        assertEquals("'w' has a header of 8,388,608 bytes; NumPy reads at most 10,000", e.getMessage());
    }

    @Test
    void randomHeadersAreReadOrRefusedNeverThrowingAnythingElse() {
        String alphabet = "{}()[]',:\"-0123456789 LTrueFalsdcripthon_<>f48\n\t";
        String valid = "{'descr': '<f4', 'fortran_order': False, 'shape': (10, 784), }";
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(valid);
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(s.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, c);
                    case 1 -> s.insert(at, c);
                    default -> s.deleteCharAt(at);
                }
            }
            try {
                NpyHeader.parse(s.toString(), "w");
            } catch (NpzException expected) {
                assertTrue(expected.getMessage().length() < 200, expected.getMessage());
            }
        }
    }

    private static void assertNotNpy(String header, String why) {
        NpzException e = assertThrows(NpzException.class, () -> NpyHeader.parse(header, "w"));
        assertEquals(NpzException.Problem.NOT_NPY, e.problem(), e.getMessage());
        assertEquals("'w' is not a NumPy array: " + why, e.getMessage());
    }

    private static byte[] bombNpy(int headerLength) {
        byte[] text = ("{'descr': '<f4', 'fortran_order': False, " + "'shape': (1, ".repeat(headerLength / 13))
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer npy = ByteBuffer.allocate(12 + headerLength).order(ByteOrder.LITTLE_ENDIAN);
        npy.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(headerLength);
        npy.put(text, 0, Math.min(text.length, headerLength));
        return npy.array();
    }
}
