package yearbook.compile;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Lineage rows (figure id, observation id) sent to figure_source with COPY in
 * PostgreSQL's binary format: a province year is 17.56 million rows, and the server reads
 * two 8-byte integers faster than it parses two numbers from text.
 */
final class LineageCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

    private final PGCopyOutputStream copy;

    private final DataOutputStream out;

    private boolean done;

    LineageCopy(Connection con) throws SQLException, IOException {
        copy = new PGCopyOutputStream(con.unwrap(PGConnection.class),
                "copy figure_source (figure_id, observation_id) from stdin (format binary)", 1 << 16);
        out = new DataOutputStream(new BufferedOutputStream(copy, 1 << 16));
        out.write(SIGNATURE);
        // no flags, no header extension
        out.writeInt(0);
        out.writeInt(0);
    }

    void row(long figureId, long observationId) throws IOException {
        out.writeShort(2);
        out.writeInt(8);
        out.writeLong(figureId);
        out.writeInt(8);
        out.writeLong(observationId);
    }

    /** Ends the COPY: the rows are in the table (of the current transaction). */
    void finish() throws IOException {
        out.writeShort(-1);
        out.flush();
        done = true;
        copy.close();
    }

    @Override
    public void close() {
        if (!done) {
            try {
                copy.cancelCopy();
            }
            catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
    }

}
