package org.softmaxlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

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
        if (bytes.length < MAGIC.length + 4 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw notNpy(key, "it does not start with NumPy's .npy signature");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        long headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(buffer.getShort(8));
            headerStart = 10;
        } else if ((major == 2 || major == 3) && bytes.length >= 12) {
            headerLength = Integer.toUnsignedLong(buffer.getInt(8));
            headerStart = 12;
        } else {
            throw notNpy(key, "it is in .npy format version " + major + ", which is not 1, 2 or 3");
        }
        if (headerStart + headerLength > bytes.length) {
            throw notNpy(key, "its header is cut short");
        }
        String header = new String(bytes, headerStart, (int) headerLength, StandardCharsets.UTF_8);
        String descr = group(DESCR, header, key, "'descr'");
        String fortran = group(FORTRAN, header, key, "'fortran_order'");
        int[] shape = shape(group(SHAPE, header, key, "'shape'"), key);
        int itemSize = floatItemSize(descr, key);
        if (fortran.equals("True")) {
            throw new NpzException(NpzException.Problem.FORTRAN_ORDER, key, "'" + key + "' is stored in Fortran "
                    + "(column-major) order; save it in C order (np.ascontiguousarray) instead");
        }
        long count = NpyArray.elementCount(shape);
        int dataStart = headerStart + (int) headerLength;
        long expected = count < 0 ? Long.MAX_VALUE : count * itemSize;
        long found = bytes.length - dataStart;
        if (found != expected) {
            throw new NpzException(NpzException.Problem.WRONG_LENGTH, key, String.format(java.util.Locale.ROOT,
                    "'%s' has %d bytes of data, but its shape %s needs %d", key, found, NpyArray.describe(shape),
                    expected), expected, found);
        }
        buffer.order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = itemSize == 4 ? buffer.getFloat(dataStart + 4 * i) : (float) buffer.getDouble(dataStart + 8 * i);
        }
        return new NpyArray(shape, values);
    }

    /** 4 for float32, 8 for float64; anything else refused with NumPy's name for it. */
    private static int floatItemSize(String descr, String key) throws NpzException {
        if (descr.matches("[<>=|]f[48]")) {
            return descr.charAt(2) - '0';
        }
        String name = numpyName(descr);
        throw new NpzException(NpzException.Problem.UNSUPPORTED_DTYPE, key, "'" + key + "' holds " + name
                + " numbers (dtype '" + descr + "'), but model weights must be float32 or float64: in PyTorch, "
                + "save v.float().numpy()", descr, name);
    }

    /** NumPy's name for a dtype descriptor: '<i8' is int64, '|b1' bool, '<f2' float16. */
    static String numpyName(String descr) {
        Matcher m = Pattern.compile("[<>=|]?([a-zA-Z])(\\d*)").matcher(descr);
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

    private static String group(Pattern pattern, String header, String key, String field) throws NpzException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw notNpy(key, "its header has no " + field);
        }
        return m.group(1);
    }

    private static int[] shape(String tuple, String key) throws NpzException {
        String[] parts = tuple.split(",");
        int[] shape = new int[parts.length];
        int n = 0;
        for (String part : parts) {
            String trimmed = part.trim().replace("L", "");
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                shape[n++] = Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                throw notNpy(key, "its shape (" + tuple + ") is not a tuple of sizes");
            }
        }
        return Arrays.copyOf(shape, n);
    }

    private static NpzException notNpy(String key, String why) {
        return new NpzException(NpzException.Problem.NOT_NPY, key, "'" + key + "' is not a NumPy array: " + why, why);
    }
}
