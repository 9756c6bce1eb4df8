package kr.tupyo.simulation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.postgresql.PGConnection;

/**
 * The server's own (embedded) PostgreSQL, reached on loopback through the data directory: seeds the
 * simulated election's finalised integrated voters list with {@code COPY} (the roll module's tables,
 * as its compilation would leave them) and counts the result at the end.
 */
final class SimulationDatabase implements AutoCloseable {

    final int port;
    private final Connection connection;
    private final PersonalDataProtection protection;

    SimulationDatabase(Path dataDir) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        this.port = Integer.parseInt(pid.get(3).trim());
        // Without the values of a violated key in an exception's message, like the server's own connections.
        this.connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                + "/postgres?logServerErrorDetail=false", "postgres", "");
        this.protection = new PersonalDataProtection(HexFormat.of().parseHex(
                Files.readString(dataDir.resolve("personal-data.key")).trim()));
    }

    /** The registration number of simulated voter {@code i}: valid, distinct for i below 2 billion. */
    static ResidentRegistrationNumber rrn(long i) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 20_000);
        int serial = (int) (i / 20_000);
        int s = birth.getYear() < 2000 ? 1 + (int) (i % 2) : 3 + (int) (i % 2);
        String twelve = "%02d%02d%02d%d%05d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                s, serial % 100_000);
        return new ResidentRegistrationNumber(twelve + ResidentRegistrationNumber.checkDigit(twelve, false));
    }

    /** A finalised list with {@code voters} voters spread over the given 읍면동, all voting in {@code contest}. */
    void seedVotersList(UUID election, UUID contest, List<String> emdCodes, int voters) throws SQLException, IOException {
        String partition = "roll_entries_" + election.toString().replace("-", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + partition + " PARTITION OF roll_entries FOR VALUES IN ('" + election + "')");
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        int batch = 50_000;
        for (int from = 0; from < voters; from += batch) {
            StringBuilder rows = new StringBuilder(batch * 200);
            for (int i = from; i < Math.min(voters, from + batch); i++) {
                ResidentRegistrationNumber rrn = rrn(i);
                String emd = emdCodes.get(i % emdCodes.size());
                rows.append(election).append('\t').append(i + 1).append('\t').append(i + 1).append("\t\\\\x")
                        .append(HexFormat.of().formatHex(protection.lookupHash(rrn.digits()))).append('\t')
                        .append(rrn.masked()).append('\t').append("모의선거인").append(i).append('\t').append(rrn.birthDate())
                        .append('\t').append(rrn.sex()).append("\tKR\t").append(emd).append("\t모의 주소\tRESIDENT\t\\N\tt\t\\N\t\\N\t")
                        .append(i / emdCodes.size() + 1).append('\n');
            }
            copy.copyIn("""
                    COPY roll_entries (election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality,
                                       emd_code, address, residence_type, exclusion, constituency_vote, precinct_id,
                                       precinct_seq, voter_number) FROM STDIN""", new StringReader(rows.toString()));
        }
        try (Statement s = connection.createStatement()) { // roll's indexes of a partition (built once, after loading)
            s.execute("SELECT roll_index_partition('" + partition + "'::regclass)");
        }
        try (PreparedStatement contests = connection.prepareStatement(
                "INSERT INTO roll_emd_contests (election_id, emd_code, constituency_vote, contest_ids) VALUES (?, ?, true, ?)")) {
            for (String emd : emdCodes) {
                contests.setObject(1, election);
                contests.setString(2, emd);
                contests.setArray(3, connection.createArrayOf("uuid", new Object[] {contest}));
                contests.addBatch();
            }
            contests.executeBatch();
        }
        try (PreparedStatement list = connection.prepareStatement("""
                INSERT INTO voters_lists (election_id, status, reference_date, compiled_at, compiled_by, residents, voters,
                                          digest, finalised_at, finalised_by)
                VALUES (?, 'FINALISED', current_date, now(), 'simulator', ?, ?, repeat('0', 64), now(), 'simulator')""")) {
            list.setObject(1, election);
            list.setLong(2, voters);
            list.setLong(3, voters);
            list.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE " + partition);
        }
    }

    /** Issuances recorded for the election, and for how many distinct voters. */
    long[] issuances(UUID election) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT count(*), count(DISTINCT voter_key) FROM ev_issuances WHERE election_id = ?")) {
            q.setObject(1, election);
            try (var rs = q.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
