package org.alukg.ingest;

import java.io.FilterInputStream;
import java.io.InputStream;

/** An input a parser may close without closing what is under it (the rest of a zip, the digest still to finish). */
final class NonClosingInput extends FilterInputStream {
    NonClosingInput(InputStream in) { super(in); }

    @Override
    public void close() {}
}
