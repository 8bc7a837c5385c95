package yearbook.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The floor for loading: PostgreSQL COPY of the same number of rows into a table shaped like the
 * program's (same columns, key and indexes as after migration V17: no row-by-row foreign key, ids numbered within their submission, no index but the key), on a fresh embedded server configured like
 * the program's (fsync on), in one COPY per file's worth of rows, all in one transaction.
 */
final class CopyBaseline {
    enum Shape { OBSERVATION, AIR_QUALITY_DAY }

    static double copy(Path dir, Shape shape, long rows, long files) throws Exception {
        JobRun.deleteTree(dir);
        Files.createDirectories(dir);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").start();
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            st.execute("""
                    create table submission (id bigserial primary key, year int not null, file_name text not null);
                    create table observation (
                        id bigint primary key,
                        submission_id bigint not null,
                        unit_code text, period text, indicator_code text not null, value numeric, prior numeric,
                        approximate boolean not null default false, not_applicable boolean not null default false,
                        sheet text, cell text, raw_text text, conversion text);
                    create table air_quality_day (
                        id bigserial primary key,
                        submission_id bigint not null,
                        station_code text not null, day date not null,
                        so2 numeric, no2 numeric, pm10 numeric, co numeric, o3_1h numeric, o3_8h numeric, pm25 numeric,
                        submitted_aqi int, sheet text, cell text);
                    create index air_quality_day_station on air_quality_day(station_code, day);
                    """);
            long f = Math.max(1, files);
            st.execute("insert into submission (year, file_name) select 2022, 'f' || g from generate_series(1, " + f + ") g");
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            CopyIn in = copy.copyIn(shape == Shape.OBSERVATION
                    ? "copy observation (id, submission_id, unit_code, period, indicator_code, value, prior, approximate, not_applicable, sheet, cell, raw_text, conversion) from stdin"
                    : "copy air_quality_day (submission_id, station_code, day, so2, no2, pm10, co, o3_1h, o3_8h, pm25, submitted_aqi, sheet, cell) from stdin");
            StringBuilder b = new StringBuilder(1 << 17);
            LocalDate first = LocalDate.of(1995, 1, 1);
            long previous = 0;
            long ordinal = 0;
            for (long i = 0; i < rows; i++) {
                long sub = 1 + i * f / Math.max(1, rows);
                if (shape == Shape.OBSERVATION) {
                    ordinal = sub == previous ? ordinal + 1 : 0;
                    previous = sub;
                    b.append(sub * 1048576 + ordinal).append('\t').append(sub).append("\tSYN").append(i % 2000).append("\t2022-").append(String.format("%02d", 1 + i % 12))
                            .append("\tIND_").append(i % 45).append('\t').append(i % 997).append('.').append(i % 100)
                            .append('\t').append(i % 991).append("\tf\tf\t报表\tD").append(10 + i % 45).append("\t\\N\t\\N\n");
                } else {
                    b.append(sub).append("\tST").append(i % 100).append('\t').append(first.plusDays(i % 10000))
                            .append('\t').append(4 + i % 10).append('\t').append(15 + i % 30).append('\t').append(30 + i % 90)
                            .append('\t').append("0.").append(5 + i % 5).append('\t').append(60 + i % 80).append('\t')
                            .append(50 + i % 70).append('\t').append(15 + i % 40).append("\t\\N\t日报\tB").append(5 + i).append('\n');
                }
                if (b.length() > 1 << 16) {
                    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    b.setLength(0);
                }
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
