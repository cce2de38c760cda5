package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.PayloadTooLargeException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with 413 as soon as more than the allowed number of bytes has been read. */
class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > maxBytes) {
            throw new PayloadTooLargeException("The request body is larger than " + maxBytes + " bytes");
        }
    }
}
