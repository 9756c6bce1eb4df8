package kr.tupyo.turnout.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.Contests;
import kr.tupyo.election.Election;
import kr.tupyo.election.StationCode;
import kr.tupyo.election.Stations;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.turnout.internal.StationDayReconciliation.ContestFigures;
import kr.tupyo.turnout.internal.StationDayReconciliation.Figures;
import kr.tupyo.turnout.internal.StationDayReconciliation.RecordBehind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for every ballot of early voting, per station day and nationally. The rules (each a
 * {@link ReconciliationCheck}):
 * <ul>
 * <li>{@code ISSUED_EQUALS_IN_PLUS_OUT_OF_DISTRICT}: issued = 관내 + 관외</li>
 * <li>{@code ISSUED_AT_MOST_IDENTIFIED}: nobody is issued without an identification at the station that day</li>
 * <li>{@code ENVELOPE_LABELS_EQUAL_OUT_OF_DISTRICT}: one return-envelope label per 관외 issuance</li>
 * <li>{@code ENVELOPE_LABELS_PRINTED} (closed days): every 관외 label was printed</li>
 * <li>{@code SIGNATURES_EQUAL_ISSUED}: every issuance carries the voter's signature</li>
 * <li>{@code BALLOTS_PRINTED_MINUS_VOIDED_EQUAL_ISSUED} per contest (closed days): printed − spoiled = issued</li>
 * <li>{@code BALLOTS_PRINTED_EQUAL_PRINTS_RECORDED} per contest: the serial counter agrees with the issuances</li>
 * <li>{@code TURNOUT_COUNTED_EQUALS_ISSUED}: the live turnout counters agree with the issuance records</li>
 * <li>nationally, {@code VOTERS_MARKED_EQUAL_ISSUED}: early voters marked on the election-day lists = issuances</li>
 * </ul>
 */
@Service
public class Reconciliation {

    private final IssuanceLedger ledger;
    private final Stations stations;
    private final Contests contests;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reconciliation(IssuanceLedger ledger, Stations stations, Contests contests, JdbcClient jdbc, Clock clock) {
        this.ledger = ledger;
        this.stations = stations;
        this.contests = contests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NationalReconciliation national(Election election) {
        Map<String, String> names = contestNames(election);
        Map<String, Long> counted = counted(election);
        Map<String, String> stationNames = new HashMap<>();
        stations.of(election.id()).forEach(s -> stationNames.put(s.code().value(), s.name()));
        List<StationDayReconciliation> days = new ArrayList<>();
        Figures totals = Figures.ZERO;
        Map<String, long[]> contestTotals = new LinkedHashMap<>();
        for (IssuanceLedger.StationDayTotals t : ledger.stationDays(election.id())) {
            StationDayReconciliation r = reconcile(election, t, names, counted, stationNames);
            days.add(r);
            totals = totals.plus(r.figures());
            for (ContestFigures c : r.contests()) {
                long[] sum = contestTotals.computeIfAbsent(c.contestId(), k -> new long[3]);
                sum[0] += c.issued();
                sum[1] += c.printed();
                sum[2] += c.voided();
            }
        }
        List<ContestFigures> contestFigures = new ArrayList<>();
        contestTotals.forEach((id, s) -> contestFigures.add(new ContestFigures(id, names.getOrDefault(id, id), s[0], s[1], s[2])));
        List<ReconciliationCheck> checks = new ArrayList<>();
        checks.add(ReconciliationCheck.equal("ISSUED_EQUALS_IN_PLUS_OUT_OF_DISTRICT", "", totals.issued(),
                totals.inDistrict() + totals.outOfDistrict()));
        checks.add(ReconciliationCheck.equal("ENVELOPE_LABELS_EQUAL_OUT_OF_DISTRICT", "", totals.outOfDistrict(),
                totals.envelopeLabels()));
        checks.add(ReconciliationCheck.equal("SIGNATURES_EQUAL_ISSUED", "", totals.issued(), totals.signed()));
        checks.add(ReconciliationCheck.equal("TURNOUT_COUNTED_EQUALS_ISSUED", "", totals.issued(), totals.countedForTurnout()));
        markedOnLists(election).ifPresent(marked ->
                checks.add(ReconciliationCheck.equal("VOTERS_MARKED_EQUAL_ISSUED", "", totalIssued(election), marked)));
        int imbalanced = (int) days.stream().filter(d -> !d.balanced()).count();
        return new NationalReconciliation(election.id().toString(), election.name(), now(), totals, contestFigures,
                checks, days.size(), imbalanced, days);
    }

    @Transactional(readOnly = true)
    public Optional<StationDayReconciliation> stationDay(Election election, StationCode station, LocalDate day) {
        Map<String, String> stationNames = new HashMap<>();
        stations.find(election.id(), station).ifPresent(s -> stationNames.put(s.code().value(), s.name()));
        Map<String, Long> counted = counted(election);
        Map<String, String> names = contestNames(election);
        return ledger.stationDays(election.id()).stream()
                .filter(t -> t.station().equals(station) && t.day().equals(day)).findFirst()
                .map(t -> reconcile(election, t, names, counted, stationNames));
    }

    private StationDayReconciliation reconcile(Election election, IssuanceLedger.StationDayTotals t,
                                               Map<String, String> contestNames, Map<String, Long> counted,
                                               Map<String, String> stationNames) {
        boolean closed = t.closedAt() != null;
        long countedHere = counted.getOrDefault(t.station().value() + "/" + t.day(), 0L);
        Figures figures = new Figures(t.identified(), t.identifiedEligible(), t.issued(), t.inDistrict(),
                t.outOfDistrict(), t.envelopeLabels(), t.envelopeLabelsPrinted(), t.signed(), t.signaturesStored(),
                t.spoiled(), countedHere);
        List<ReconciliationCheck> checks = new ArrayList<>();
        checks.add(ReconciliationCheck.equal("ISSUED_EQUALS_IN_PLUS_OUT_OF_DISTRICT", "", t.issued(),
                t.inDistrict() + t.outOfDistrict()));
        checks.add(ReconciliationCheck.atMost("ISSUED_AT_MOST_IDENTIFIED", t.identified(), t.issued()));
        checks.add(ReconciliationCheck.equal("ENVELOPE_LABELS_EQUAL_OUT_OF_DISTRICT", "", t.outOfDistrict(), t.envelopeLabels()));
        if (closed) {
            checks.add(ReconciliationCheck.equal("ENVELOPE_LABELS_PRINTED", "", t.outOfDistrict(), t.envelopeLabelsPrinted()));
        }
        checks.add(ReconciliationCheck.equal("SIGNATURES_EQUAL_ISSUED", "", t.issued(), t.signed()));
        List<ContestFigures> contestFigures = new ArrayList<>();
        java.util.Set<ContestId> ids = new java.util.LinkedHashSet<>(t.issuedPerContest().keySet());
        ids.addAll(t.printedPerContest().keySet());
        for (ContestId id : ids) {
            long issued = t.issuedPerContest().getOrDefault(id, 0L);
            long printed = t.printedPerContest().getOrDefault(id, 0L);
            long voided = t.voidedPerContest().getOrDefault(id, 0L);
            contestFigures.add(new ContestFigures(id.toString(), contestNames.getOrDefault(id.toString(), id.toString()),
                    issued, printed, voided));
            checks.add(ReconciliationCheck.equal("BALLOTS_PRINTED_EQUAL_PRINTS_RECORDED", id.toString(),
                    t.printsPerContest().getOrDefault(id, 0L), printed));
            if (closed) {
                checks.add(ReconciliationCheck.equal("BALLOTS_PRINTED_MINUS_VOIDED_EQUAL_ISSUED", id.toString(),
                        issued, printed - voided));
            }
        }
        checks.add(ReconciliationCheck.equal("TURNOUT_COUNTED_EQUALS_ISSUED", "", t.issued(), countedHere));
        List<RecordBehind> behind = new ArrayList<>();
        if (checks.stream().anyMatch(c -> !c.holds())) {
            for (IssuanceLedger.IssuanceRecord r : ledger.records(election.id(), t.station(), t.day())) {
                String at = r.issuedAt().atZone(KoreaTime.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
                if (!r.inDistrict() && !r.envelopeLabel()) {
                    behind.add(new RecordBehind("ENVELOPE_LABELS_EQUAL_OUT_OF_DISTRICT", r.issuanceId().toString(), at, "NO_ENVELOPE_LABEL"));
                }
                if (closed && !r.inDistrict() && !r.envelopePrinted()) {
                    behind.add(new RecordBehind("ENVELOPE_LABELS_PRINTED", r.issuanceId().toString(), at, "LABEL_NOT_PRINTED"));
                }
                if (!r.signed()) {
                    behind.add(new RecordBehind("SIGNATURES_EQUAL_ISSUED", r.issuanceId().toString(), at, "NOT_SIGNED"));
                }
                if (closed && r.ballotsPrinted() == 0) {
                    behind.add(new RecordBehind("BALLOTS_PRINTED_MINUS_VOIDED_EQUAL_ISSUED", r.issuanceId().toString(), at, "BALLOTS_NOT_PRINTED"));
                }
                if (r.ballotsPrinted() > 1 + r.spoils()) {
                    behind.add(new RecordBehind("BALLOTS_PRINTED_MINUS_VOIDED_EQUAL_ISSUED", r.issuanceId().toString(), at, "PRINTED_MORE_THAN_SPOILS_ALLOW"));
                }
            }
        }
        return new StationDayReconciliation(t.station().value(), stationNames.getOrDefault(t.station().value(), t.station().value()),
                t.day(), closed, figures, contestFigures, checks, behind);
    }

    private Map<String, String> contestNames(Election election) {
        Map<String, String> names = new HashMap<>();
        for (Contest c : contests.of(election.id())) {
            names.put(c.id().toString(), c.name());
        }
        return names;
    }

    /** Issuances counted by turnout per station day ("station/day"). */
    private Map<String, Long> counted(Election election) {
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("SELECT station_code, day, sum(issued) FROM turnout_station_hours WHERE election_id = ? GROUP BY 1, 2")
                .param(election.id().value())
                .query(rs -> {
                    counted.put(rs.getString(1) + "/" + rs.getObject(2, LocalDate.class), rs.getLong(3));
                });
        return counted;
    }

    private long totalIssued(Election election) {
        return ledger.stationDays(election.id()).stream().mapToLong(IssuanceLedger.StationDayTotals::issued).sum();
    }

    /** Early voters marked on the newest completed run of the election-day lists, if any. */
    private Optional<Long> markedOnLists(Election election) {
        return jdbc.sql("""
                SELECT (SELECT coalesce(sum(f.early_voters), 0) FROM turnout_list_files f WHERE f.job_id = j.id AND f.format = 'CSV')
                FROM turnout_list_jobs j WHERE j.election_id = ? AND j.status = 'SUCCEEDED'
                ORDER BY j.finished_at DESC LIMIT 1""").param(election.id().value()).query(Long.class).optional();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(KoreaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }
}
