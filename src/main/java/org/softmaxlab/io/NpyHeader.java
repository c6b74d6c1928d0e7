package org.softmaxlab.io;

import java.util.Arrays;

/**
 * The header of a .npy array: the Python dict literal NumPy writes, such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (10, 784), }}, read in one pass over its
 * characters with no backtracking, so that its cost is linear in its length whatever it holds. (The
 * regular expressions this replaces took quadratic time on a header repeating an unclosed shape
 * tuple: 8 MB of it was still being read after a minute.)
 *
 * <p>As NumPy's own reader: exactly the keys {@code descr}, {@code fortran_order} and {@code shape};
 * at most {@value #MAX_DIMENSIONS} dimensions (NumPy's limit), none negative.
 *
 * @param descr        the dtype descriptor, e.g. {@code <f4}
 * @param fortranOrder whether the data is column-major
 * @param shape        the dimensions, each 0 or more; empty for a scalar
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {

    /** NumPy's NPY_MAXDIMS; a header with more cannot come from NumPy. */
    static final int MAX_DIMENSIONS = 32;

    /**
     * The header in {@code text}.
     *
     * @param key the array's name, for messages
     * @throws NpzException NOT_NPY naming what is wrong where; NEGATIVE_DIMENSION; UNSUPPORTED_DTYPE for a
     *                      structured (record) dtype
     */
    static NpyHeader parse(String text, String key) throws NpzException {
        return new Parser(text, key).header();
    }

    /** The number of elements, or -1 if that is more than a long holds. */
    long elementCount() {
        long count = 1;
        for (long dimension : shape) {
            try {
                count = Math.multiplyExact(count, dimension);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return count;
    }

    /** The shape as Python writes a tuple, e.g. (10, 784). */
    String describeShape() {
        return describe(shape);
    }

    static String describe(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return text.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NpyHeader that && descr.equals(that.descr) && fortranOrder == that.fortranOrder
                && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * descr.hashCode() + Boolean.hashCode(fortranOrder)) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + descr + ", fortran_order=" + fortranOrder + ", shape=" + describeShape() + "]";
    }

    /** At most 20 characters of {@code s}, control characters shown as '?', so that a message stays a line. */
    static String shortened(String s) {
        String cut = s.length() > 20 ? s.substring(0, 20) + "…" : s;
        return cut.codePoints().map(c -> c < 32 || c == 127 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A cursor over the header's characters that only moves forward. */
    private static final class Parser {

        private final String text;
        private final String key;
        private int at;

        Parser(String text, String key) {
            this.text = text;
            this.key = key;
        }

        NpyHeader header() throws NpzException {
            String descr = null;
            Boolean fortran = null;
            long[] shape = null;
            expect('{');
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    at++;
                    break;
                }
                String name = string("a key");
                skipSpace();
                expect(':');
                skipSpace();
                switch (name) {
                    case "descr" -> {
                        if (peek() == '[') {
                            throw new NpzException(NpzException.Problem.UNSUPPORTED_DTYPE, key, "'" + key
                                    + "' holds records of named fields (a structured dtype), but model weights must "
                                    + "be float32 or float64: in PyTorch, save v.float().numpy()", "[...]",
                                    "records");
                        }
                        descr = string("the dtype");
                    }
                    case "fortran_order" -> fortran = bool();
                    case "shape" -> shape = tuple();
                    default -> throw fail("its header has an unexpected key '" + shortened(name) + "'");
                }
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else if (peek() != '}') {
                    throw unexpected("a comma or '}'");
                }
            }
            skipSpace();
            if (at < text.length()) {
                throw fail("its header has '" + shortened(text.substring(at, Math.min(text.length(), at + 12))) + "' after the closing '}'");
            }
            if (descr == null || fortran == null || shape == null) {
                String missing = descr == null ? "'descr'" : fortran == null ? "'fortran_order'" : "'shape'";
                throw fail("its header has no " + missing);
            }
            return new NpyHeader(descr, fortran, shape);
        }

        /** A quoted string, in single or double quotes, without escapes (a dtype or key never has one). */
        private String string(String what) throws NpzException {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw unexpected(what + " in quotes");
            }
            int end = text.indexOf(quote, at + 1);
            if (end < 0) {
                throw fail("its header has a quote that is never closed");
            }
            String value = text.substring(at + 1, end);
            at = end + 1;
            return value;
        }

        private boolean bool() throws NpzException {
            if (text.startsWith("True", at)) {
                at += 4;
                return true;
            }
            if (text.startsWith("False", at)) {
                at += 5;
                return false;
            }
            throw unexpected("'fortran_order' True or False");
        }

        /** A tuple of integers: (), (10,), (10, 784); Python 2's long suffix L is accepted. */
        private long[] tuple() throws NpzException {
            expect('(');
            long[] dimensions = new long[MAX_DIMENSIONS];
            int n = 0;
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    at++;
                    break;
                }
                if (n == MAX_DIMENSIONS) {
                    throw fail("its shape has more than " + MAX_DIMENSIONS + " dimensions, NumPy's limit");
                }
                dimensions[n++] = integer();
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else if (peek() != ')') {
                    throw unexpected("a comma or ')' of the shape");
                }
            }
            long[] shape = Arrays.copyOf(dimensions, n);
            for (long dimension : shape) {
                if (dimension < 0) {
                    throw new NpzException(NpzException.Problem.NEGATIVE_DIMENSION, key, "'" + key + "' has shape "
                            + describe(shape) + ", with a negative dimension (" + dimension + "); no array has one",
                            describe(shape), dimension);
                }
            }
            return shape;
        }

        private long integer() throws NpzException {
            int start = at;
            boolean negative = peek() == '-';
            if (negative) {
                at++;
            }
            long value = 0;
            int digits = 0;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
                int digit = text.charAt(at) - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    String shape = "(" + shortened(text.substring(start, Math.min(text.length(), start + 20))) + ")";
                    throw new NpzException(NpzException.Problem.HUGE_SHAPE, key, "'" + key + "' has shape " + shape
                            + ", a dimension beyond any computer's memory", shape);
                }
                value = value * 10 + digit;
                digits++;
                at++;
            }
            if (digits == 0) {
                throw unexpected("a size in the shape");
            }
            if (peek() == 'L') {
                at++;
            }
            return negative ? -value : value;
        }

        private void expect(char c) throws NpzException {
            skipSpace();
            if (peek() != c) {
                throw unexpected("'" + c + "'");
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t'
                    || text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
        }

        /** The character at the cursor, or 0 at the end. */
        private char peek() {
            return at < text.length() ? text.charAt(at) : 0;
        }

        /** Says what is at the cursor where {@code wanted} belongs: the next few characters, or the header's end. */
        private NpzException unexpected(String wanted) {
            if (at >= text.length()) {
                return fail("its header ends where " + wanted + " belongs");
            }
            return fail("its header has '" + shortened(text.substring(at, Math.min(text.length(), at + 12)))
                    + "' where " + wanted + " belongs");
        }

        private NpzException fail(String why) {
            return new NpzException(NpzException.Problem.NOT_NPY, key, "'" + key + "' is not a NumPy array: " + why,
                    why);
        }
    }
}
