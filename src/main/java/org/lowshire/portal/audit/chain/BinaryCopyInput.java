package org.lowshire.portal.audit.chain;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Big-endian reads from a stream through one buffer, without locks or per-read allocation. */
final class BinaryCopyInput {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    BinaryCopyInput(InputStream in) {
        this.in = in;
    }

    private void need(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                throw new EOFException("the COPY stream ended inside a row");
            }
            limit += read;
        }
    }

    short readShort() throws IOException {
        need(2);
        short v = (short) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
        pos += 2;
        return v;
    }

    int readInt() throws IOException {
        need(4);
        int v = ((buf[pos] & 0xff) << 24)
                | ((buf[pos + 1] & 0xff) << 16)
                | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    void readFully(byte[] into, int offset, int length) throws IOException {
        while (length > 0) {
            if (pos == limit) {
                need(1);
            }
            int n = Math.min(length, limit - pos);
            System.arraycopy(buf, pos, into, offset, n);
            pos += n;
            offset += n;
            length -= n;
        }
    }

    byte[] readBytes(int length) throws IOException {
        byte[] bytes = new byte[length];
        readFully(bytes, 0, length);
        return bytes;
    }
}
