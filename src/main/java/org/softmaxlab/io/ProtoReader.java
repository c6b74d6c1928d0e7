package org.softmaxlab.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads protocol buffer wire format from bytes already in memory, one field at a time, for the few
 * messages SoftmaxLab reads (ONNX models). Every length is checked against the end of the message it
 * is in before anything is allocated, so a file that lies about a length is refused, never believed:
 * nothing read can be larger than the bytes it came from, and every call moves forward, so reading
 * takes time and memory in proportion to the file.
 *
 * <p>Usage: {@code while (r.next()) switch (r.field()) { case 1 -> r.string(); default -> r.skip(); }}.
 */
public final class ProtoReader {

    /** Varint. */
    public static final int VARINT = 0;
    /** 8 bytes, little-endian. */
    public static final int FIXED64 = 1;
    /** A length, then that many bytes. */
    public static final int LENGTH_DELIMITED = 2;
    /** 4 bytes, little-endian. */
    public static final int FIXED32 = 5;

    private final byte[] bytes;
    private final int end;
    private int position;
    private int fieldStart;
    private int field;
    private int wireType;

    /** Reads {@code bytes} from {@code start} to {@code end} (exclusive) as one message. */
    public ProtoReader(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new IndexOutOfBoundsException("message [" + start + ", " + end + ") of " + bytes.length);
        }
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    /** Reads all of {@code bytes} as one message. */
    public ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Reads the next field's key; false at the end of the message. */
    public boolean next() throws ProtoException {
        if (position >= end) {
            return false;
        }
        fieldStart = position;
        long key = varint();
        long number = key >>> 3;
        wireType = (int) (key & 7);
        if (number < 1 || number > 536_870_911) {
            throw malformed(fieldStart, "field number " + number + " does not exist");
        }
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH_DELIMITED && wireType != FIXED32) {
            // 3 and 4 are proto2's deprecated groups, which ONNX never uses; 6 and 7 do not exist.
            throw malformed(fieldStart, "wire type " + wireType + " of field " + number + " is not one ONNX uses");
        }
        field = (int) number;
        return true;
    }

    /** The number of the field {@link #next()} read. */
    public int field() {
        return field;
    }

    /** The wire type of the field {@link #next()} read. */
    public int wireType() {
        return wireType;
    }

    /** Where the current field starts. */
    public int fieldStart() {
        return fieldStart;
    }

    /** The current field as a varint (int32, int64, enum, bool). */
    public long varint() throws ProtoException {
        int start = position;
        long value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (position >= end) {
                throw truncated(start, 1, 0, "a varint");
            }
            byte b = bytes[position++];
            if (shift == 63 && (b & 0x7E) != 0) {
                throw malformed(start, "a varint overflows 64 bits");
            }
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw malformed(start, "a varint is longer than 10 bytes");
    }

    /** The current field as a 32-bit float. */
    public float float32() throws ProtoException {
        expect(FIXED32);
        return Float.intBitsToFloat(fixed32());
    }

    /** The current field, a varint, checked to fit an int. */
    public long int64() throws ProtoException {
        expect(VARINT);
        return varint();
    }

    private int fixed32() throws ProtoException {
        need(4, "a 4-byte value");
        int v = ByteBuffer.wrap(bytes, position, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        position += 4;
        return v;
    }

    /** The current field's bytes as a message of its own, then moves past them. */
    public ProtoReader message() throws ProtoException {
        int length = length();
        ProtoReader inner = new ProtoReader(bytes, position, position + length);
        position += length;
        return inner;
    }

    /** The current field as UTF-8 text. */
    public String string() throws ProtoException {
        int start = fieldStart;
        int length = length();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, length)).toString();
            position += length;
            return text;
        } catch (CharacterCodingException e) {
            throw malformed(start, "a text field is not UTF-8");
        }
    }

    /** The current field's bytes as a view, not copied: {@code [offset, offset + length)} of {@link #array()}. */
    public Slice slice() throws ProtoException {
        int length = length();
        Slice slice = new Slice(position, length);
        position += length;
        return slice;
    }

    /** The bytes being read, for {@link Slice}s. */
    public byte[] array() {
        return bytes;
    }

    /** Part of {@link #array()}. */
    public record Slice(int offset, int length) {
    }

    /**
     * Reads a repeated int64 field's current occurrence, packed or one value, into {@code into}; false,
     * with the field skipped, when {@code into} would hold more than {@code limit} values.
     */
    public boolean int64s(LongList into, int limit) throws ProtoException {
        if (wireType == VARINT) {
            long value = varint();
            return into.size < limit && into.add(value);
        }
        expect(LENGTH_DELIMITED);
        ProtoReader packed = message();
        while (packed.position < packed.end) {
            long value = packed.varint();
            if (into.size == limit) {
                return false;
            }
            into.add(value);
        }
        return true;
    }

    /** As {@link #int64s}, for a repeated float field. */
    public boolean floats(FloatList into, int limit) throws ProtoException {
        if (wireType == FIXED32) {
            float value = Float.intBitsToFloat(fixed32());
            return into.size < limit && into.add(value);
        }
        Slice packed = slice();
        if (packed.length() % 4 != 0) {
            throw malformed(fieldStart, "packed floats of " + packed.length() + " bytes, not a multiple of 4");
        }
        if (packed.length() / 4 > limit - into.size) {
            return false;
        }
        ByteBuffer values = ByteBuffer.wrap(bytes, packed.offset(), packed.length()).order(ByteOrder.LITTLE_ENDIAN);
        while (values.hasRemaining()) {
            into.add(values.getFloat());
        }
        return true;
    }

    /** As {@link #int64s}, for a repeated double field, each rounded to float. */
    public boolean doubles(FloatList into, int limit) throws ProtoException {
        if (wireType == FIXED64) {
            need(8, "an 8-byte value");
            float value = (float) ByteBuffer.wrap(bytes, position, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
            position += 8;
            return into.size < limit && into.add(value);
        }
        Slice packed = slice();
        if (packed.length() % 8 != 0) {
            throw malformed(fieldStart, "packed doubles of " + packed.length() + " bytes, not a multiple of 8");
        }
        if (packed.length() / 8 > limit - into.size) {
            return false;
        }
        ByteBuffer values = ByteBuffer.wrap(bytes, packed.offset(), packed.length()).order(ByteOrder.LITTLE_ENDIAN);
        while (values.hasRemaining()) {
            into.add((float) values.getDouble());
        }
        return true;
    }

    /** Skips the current field. */
    public void skip() throws ProtoException {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> {
                need(8, "an 8-byte value");
                position += 8;
            }
            case FIXED32 -> {
                need(4, "a 4-byte value");
                position += 4;
            }
            default -> {
                // Not "position += length()": that would add to the position from before the length was read.
                int length = length();
                position += length;
            }
        }
    }

    private int length() throws ProtoException {
        expect(LENGTH_DELIMITED);
        int start = fieldStart;
        long length = varint();
        if (length < 0 || length > end - position) {
            throw truncated(start, length, end - position, "field " + field);
        }
        return (int) length;
    }

    private void need(int count, String what) throws ProtoException {
        if (end - position < count) {
            throw truncated(fieldStart, count, end - position, what);
        }
    }

    private void expect(int type) throws ProtoException {
        if (wireType != type) {
            throw malformed(fieldStart, "field " + field + " has wire type " + wireType + ", not " + type);
        }
    }

    private ProtoException truncated(int at, long claimed, long remaining, String what) {
        return new ProtoException(ProtoException.Problem.TRUNCATED, at, claimed, remaining,
                what + " at byte " + at + " claims " + Long.toUnsignedString(claimed) + " bytes, but only " + remaining
                        + " remain in its message");
    }

    private static ProtoException malformed(int at, String what) {
        return new ProtoException(ProtoException.Problem.MALFORMED, at, 0, 0, what + " (at byte " + at + ")");
    }

    /** A growable list of floats (doubles are rounded to float, as {@code .float()} would). */
    public static final class FloatList {
        private float[] values = new float[16];
        private int size;

        boolean add(float value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return true;
        }

        public int size() {
            return size;
        }

        public float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** A growable list of longs, so repeated int64 fields need no boxing. */
    public static final class LongList {
        private long[] values = new long[8];
        private int size;

        boolean add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return true;
        }

        public int size() {
            return size;
        }

        public long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
