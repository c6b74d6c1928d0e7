package org.softmaxlab.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses gzip data (RFC 1952) as {@link java.util.zip.GZIPInputStream} does, members one
 * after another, but treats anything after the last member as corruption. GZIPInputStream quietly
 * drops whatever follows a member if it cannot be read as another one, so a file with bytes
 * appended (a resumed download, a padded copy) passed as intact, and its unpacked content matched
 * the checksums too.
 *
 * <p>Failures are {@link ZipException}s (bad data, checksums, trailing bytes) and
 * {@link EOFException}s (data cut short), as GZIPInputStream's are.
 */
final class StrictGzipInputStream extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** Compressed bytes read from {@code in}; buf[pos, lim) not yet used. */
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean started;
    private boolean eof;
    private boolean closed;
    private final byte[] single = new byte[1];

    /** Reads gzip data from {@code in}, {@code bufferSize} compressed bytes at a time. */
    StrictGzipInputStream(InputStream in, int bufferSize) {
        this.in = Objects.requireNonNull(in, "in");
        this.buf = new byte[bufferSize];
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (!started) {
            // The header is read on the first read, not in the constructor: a bad one then fails
            // inside the caller's try-with-resources, which closes the file.
            started = true;
            readHeader(readByte());
        }
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage() != null ? e.getMessage() : "invalid deflate data");
            }
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("deflate data needs a preset dictionary, which gzip never uses");
            } else if (inflater.needsInput()) {
                if (pos == lim && !fill()) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                inflater.setInput(buf, pos, lim - pos);
                pos = lim;
            }
        }
        return -1;
    }

    /**
     * Checks the trailer of the member just inflated, then reads the next member's header or, at
     * the end of the input, ends the stream; any other byte here is an error.
     */
    private void endMember() throws IOException {
        pos = lim - inflater.getRemaining(); // what the inflater did not use starts the trailer
        long storedCrc = readLittleEndian(4);
        long storedSize = readLittleEndian(4);
        if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xFFFF_FFFFL)) {
            throw new ZipException("Corrupt GZIP trailer");
        }
        int next = readByte();
        if (next < 0) {
            eof = true;
            return;
        }
        if (next != 0x1f) {
            throw trailingBytes(1);
        }
        int second = readByte();
        if (second < 0) {
            throw trailingBytes(1);
        }
        if (second != 0x8b) {
            throw trailingBytes(2);
        }
        inflater.reset();
        crc.reset();
        readHeader(0x1f, 0x8b);
    }

    private void readHeader(int first) throws IOException {
        readHeader(first, readByte());
    }

    /** Reads a member header whose first two bytes have been read already. */
    private void readHeader(int id1, int id2) throws IOException {
        if (id1 != 0x1f || id2 != 0x8b) {
            throw id1 < 0 || id2 < 0 ? new EOFException("gzip header cut short") : new ZipException("Not in GZIP format");
        }
        CRC32 headerCrc = new CRC32();
        headerCrc.update(id1);
        headerCrc.update(id2);
        int method = headerByte(headerCrc);
        if (method != 8) {
            throw new ZipException("Unsupported compression method " + method);
        }
        int flags = headerByte(headerCrc);
        for (int i = 0; i < 6; i++) { // modification time, extra flags, operating system
            headerByte(headerCrc);
        }
        if ((flags & FEXTRA) != 0) {
            int length = headerByte(headerCrc) | headerByte(headerCrc) << 8;
            for (int i = 0; i < length; i++) {
                headerByte(headerCrc);
            }
        }
        if ((flags & FNAME) != 0) {
            while (headerByte(headerCrc) != 0) {
                // the original file name, zero-terminated
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (headerByte(headerCrc) != 0) {
                // a comment, zero-terminated
            }
        }
        if ((flags & FHCRC) != 0 && readLittleEndian(2) != (headerCrc.getValue() & 0xFFFF)) {
            throw new ZipException("Corrupt GZIP header");
        }
    }

    private int headerByte(CRC32 headerCrc) throws IOException {
        int b = readByte();
        if (b < 0) {
            throw new EOFException("gzip header cut short");
        }
        headerCrc.update(b);
        return b;
    }

    private long readLittleEndian(int bytes) throws IOException {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = readByte();
            if (b < 0) {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
            value |= (long) b << (8 * i);
        }
        return value;
    }

    /** Counts the rest of the input, {@code alreadyRead} bytes of which have been taken, as the error's size. */
    private ZipException trailingBytes(int alreadyRead) throws IOException {
        long count = alreadyRead + (lim - pos) + in.transferTo(OutputStream.nullOutputStream());
        pos = lim;
        return new ZipException(String.format(Locale.US, "%,d %s after the end of the gzip data", count,
                count == 1 ? "byte" : "bytes"));
    }

    /** The next compressed byte, or -1 at the end of the input. */
    private int readByte() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Refills the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        lim = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            in.close();
        }
    }
}
