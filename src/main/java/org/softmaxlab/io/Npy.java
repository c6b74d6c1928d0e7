package org.softmaxlab.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format (format versions 1–3), for the arrays of a model: read float32 or float64
 * (rounded to float32), either byte order, C order; write float32 little-endian, C order, format 1.0,
 * as {@code np.save} writes it. Everything else is refused with the dtype NumPy would name.
 */
public final class Npy {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy pads the header so that the data starts on a multiple of 64 bytes. */
    private static final int ALIGNMENT = 64;
    /**
     * The longest header read, as NumPy's own reader ({@code max_header_size}, 10,000 unless told
     * otherwise); {@code np.save} writes about 128 bytes.
     */
    public static final int MAX_HEADER_BYTES = 10_000;
    private static final Pattern DTYPE_NAME = Pattern.compile("[<>=|]?([a-zA-Z])(\\d{0,3})");

    private Npy() {
    }

    /** The bytes of a .npy file holding {@code array} as float32, little-endian, C order. */
    public static byte[] encode(NpyArray array) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + NpyArray.describe(array.shape()) + ", }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String header = dict + " ".repeat(padding) + "\n";
        float[] values = array.values();
        ByteBuffer bytes = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + values.length * 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        bytes.put(header.getBytes(StandardCharsets.US_ASCII));
        for (float v : values) {
            // Raw bits: what is read back is bit-identical, NaN payloads included.
            bytes.putInt(Float.floatToRawIntBits(v));
        }
        return bytes.array();
    }

    /**
     * The array in the bytes of a .npy file.
     *
     * @param key the array's name, for messages
     */
    public static NpyArray decode(byte[] bytes, String key) throws NpzException {
        try {
            return read(new ByteArrayInputStream(bytes), bytes.length, Long.MAX_VALUE, key);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /**
     * The array in the next {@code size} bytes of {@code in}, read in one pass without trusting any
     * length before it is checked: a header over {@value #MAX_HEADER_BYTES} bytes, a shape whose data
     * would exceed {@code maxDataBytes}, or data of another length than the shape needs is refused
     * before it is read. Stops early, with an {@link InterruptedIOException}, when the thread is
     * interrupted (a read that nobody waits for any more).
     *
     * @param size         how many bytes the array's container says it has
     * @param maxDataBytes the most data any array may have
     * @param key          the array's name, for messages
     * @throws NpzException ENTRY_SHORTER if {@code in} ends before {@code size} bytes; any problem of the array
     */
    public static NpyArray read(InputStream in, long size, long maxDataBytes, String key)
            throws IOException, NpzException {
        Reader reader = new Reader(in, size, key);
        byte[] start = reader.bytes(MAGIC.length + 2, "its signature");
        if (!Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw notNpy(key, "it does not start with NumPy's .npy signature");
        }
        int major = start[6];
        long headerLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(reader.buffer(2).getShort());
        } else if (major == 2 || major == 3) {
            headerLength = Integer.toUnsignedLong(reader.buffer(4).getInt());
        } else {
            throw notNpy(key, "it is in .npy format version " + major + ", which is not 1, 2 or 3");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new NpzException(NpzException.Problem.HEADER_TOO_LONG, key, String.format(Locale.ROOT,
                    "'%s' has a header of %,d bytes; NumPy reads at most %,d", key, headerLength, MAX_HEADER_BYTES),
                    headerLength, MAX_HEADER_BYTES);
        }
        if (reader.position + headerLength > size) {
            throw notNpy(key, "its header is cut short");
        }
        // Format 3 is format 2 with a UTF-8 header; 1 and 2 are Latin-1, as NumPy reads them.
        byte[] headerBytes = reader.bytes((int) headerLength, "its header");
        NpyHeader header = NpyHeader.parse(new String(headerBytes,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), key);
        int itemSize = floatItemSize(header.descr(), key);
        if (header.fortranOrder()) {
            throw new NpzException(NpzException.Problem.FORTRAN_ORDER, key, "'" + key + "' is stored in Fortran "
                    + "(column-major) order; save it in C order (np.ascontiguousarray) instead");
        }
        long count = header.elementCount();
        if (count < 0 || count > Integer.MAX_VALUE || count * itemSize > maxDataBytes) {
            throw new NpzException(NpzException.Problem.HUGE_SHAPE, key, "'" + key + "' has shape "
                    + header.describeShape() + ", far more numbers than any model has", header.describeShape());
        }
        long expected = count * itemSize;
        long found = size - reader.position;
        if (found != expected) {
            throw new NpzException(NpzException.Problem.WRONG_LENGTH, key, String.format(Locale.ROOT,
                    "'%s' has %d bytes of data, but its shape %s needs %d", key, found, header.describeShape(),
                    expected), expected, found);
        }
        int[] shape = new int[header.shape().length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = (int) header.shape()[i]; // each at most the count, which fits an int
        }
        return new NpyArray(shape, reader.floats((int) count, itemSize,
                header.descr().charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN));
    }

    /** Reads an array's bytes in order, counting them, so that a short entry is named with both lengths. */
    private static final class Reader {

        /** Data is converted this many bytes at a time, checking for an interrupt in between. */
        private static final int CHUNK = 1 << 16;

        private final InputStream in;
        private final long size;
        private final String key;
        private long position;

        Reader(InputStream in, long size, String key) {
            this.in = in;
            this.size = size;
            this.key = key;
        }

        byte[] bytes(int n, String what) throws IOException, NpzException {
            if (position + n > size) {
                throw notNpy(key, "it ends in " + what);
            }
            byte[] bytes = in.readNBytes(n);
            position += bytes.length;
            if (bytes.length < n) {
                throw shorter();
            }
            return bytes;
        }

        ByteBuffer buffer(int n) throws IOException, NpzException {
            return ByteBuffer.wrap(bytes(n, "its header length")).order(ByteOrder.LITTLE_ENDIAN);
        }

        float[] floats(int count, int itemSize, ByteOrder order) throws IOException, NpzException {
            float[] values = new float[count];
            byte[] chunk = new byte[(int) Math.min(CHUNK, (long) count * itemSize)];
            int done = 0;
            while (done < count) {
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("reading '" + key + "' was cancelled");
                }
                int items = Math.min(count - done, chunk.length / itemSize);
                int n = in.readNBytes(chunk, 0, items * itemSize);
                position += n;
                if (n < items * itemSize) {
                    throw shorter();
                }
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n).order(order);
                for (int i = 0; i < items; i++) {
                    values[done + i] = itemSize == 4 ? buffer.getFloat() : (float) buffer.getDouble();
                }
                done += items;
            }
            return values;
        }

        private NpzException shorter() {
            return new NpzException(NpzException.Problem.ENTRY_SHORTER, key, String.format(Locale.ROOT,
                    "'%s' is cut short: the archive declares %,d bytes for it, but it holds only %,d", key, size,
                    position), size, position);
        }
    }

    /** 4 for float32, 8 for float64; anything else refused with NumPy's name for it. */
    private static int floatItemSize(String descr, String key) throws NpzException {
        if (descr.matches("[<>=|]f[48]")) {
            return descr.charAt(2) - '0';
        }
        String shown = NpyHeader.shortened(descr);
        String name = numpyName(shown);
        throw new NpzException(NpzException.Problem.UNSUPPORTED_DTYPE, key, "'" + key + "' holds " + name
                + " numbers (dtype '" + shown + "'), but model weights must be float32 or float64: in PyTorch, "
                + "save v.float().numpy()", shown, name);
    }

    /** NumPy's name for a dtype descriptor: '<i8' is int64, '|b1' bool, '<f2' float16. */
    static String numpyName(String descr) {
        Matcher m = DTYPE_NAME.matcher(descr);
        if (!m.matches()) {
            return descr;
        }
        String bits = m.group(2).isEmpty() ? "" : String.valueOf(Integer.parseInt(m.group(2)) * 8);
        return switch (m.group(1)) {
            case "f" -> "float" + bits;
            case "i" -> "int" + bits;
            case "u" -> "uint" + bits;
            case "c" -> "complex" + bits;
            case "b" -> "bool";
            case "O" -> "Python object";
            case "U", "S" -> "text";
            default -> descr;
        };
    }

    private static NpzException notNpy(String key, String why) {
        return new NpzException(NpzException.Problem.NOT_NPY, key, "'" + key + "' is not a NumPy array: " + why, why);
    }
}
