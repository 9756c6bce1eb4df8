package kr.tupyo.visits.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.GiftDirection;
import kr.tupyo.visits.VisitsAuditEvent;
import kr.tupyo.visits.VisitsError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gift register. A received gift worth the threshold or more is flagged for reporting (the
 * threshold is a setting; docs/decisions/062-gift-reporting-threshold.md says why 100,000 won). The
 * flag is computed when read, so changing the setting re-flags the whole register.
 */
@Service
public class GiftRegister {

    private final JdbcClient jdbc;
    private final Visits visits;
    private final AuditLog audit;
    private final long thresholdKrw;

    GiftRegister(JdbcClient jdbc, Visits visits, AuditLog audit,
                 @Value("${tupyo.visits.gift-reporting-threshold-krw:${TUPYO_VISITS_GIFT_THRESHOLD_KRW:100000}}")
                 long thresholdKrw) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.audit = audit;
        this.thresholdKrw = thresholdKrw;
    }

    public long thresholdKrw() {
        return thresholdKrw;
    }

    public boolean reportable(GiftDirection direction, long valueKrw) {
        return direction == GiftDirection.RECEIVED && valueKrw >= thresholdKrw;
    }

    @Transactional
    public Gift record(UUID visitId, Gift g) {
        visits.find(visitId).orElseThrow(() -> new ProblemException(VisitsError.VISIT_NOT_FOUND, visitId));
        if (g.description() == null || g.description().isBlank() || g.giver() == null || g.giver().isBlank()
                || g.recipient() == null || g.recipient().isBlank() || g.valueKrw() < 0 || g.givenOn() == null
                || g.direction() == null || g.disposition() == null) {
            throw VisitRequest.invalid("gift");
        }
        UUID id = jdbc.sql("""
                INSERT INTO visit_gifts (visit_id, direction, description, giver, recipient, value_krw, given_on,
                    disposition, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(visitId, g.direction().name(), g.description(), g.giver(), g.recipient(), g.valueKrw(),
                        g.givenOn(), g.disposition().name(),
                        StaffPrincipal.current().map(StaffPrincipal::name).orElse("system"))
                .query(UUID.class).single();
        boolean reportable = reportable(g.direction(), g.valueKrw());
        audit.record(VisitsAuditEvent.VISIT_GIFT_RECORDED, "visit:" + visitId, AuditOutcome.SUCCESS,
                Map.of("direction", g.direction().name(), "reportable", String.valueOf(reportable)));
        return new Gift(id, visitId, g.direction(), g.description(), g.giver(), g.recipient(), g.valueKrw(),
                g.givenOn(), g.disposition(), reportable);
    }

    public List<Gift> of(UUID visitId) {
        return jdbc.sql("SELECT * FROM visit_gifts WHERE visit_id = ? ORDER BY given_on, recorded_at").param(visitId)
                .query((rs, n) -> {
                    GiftDirection direction = GiftDirection.valueOf(rs.getString("direction"));
                    long value = rs.getLong("value_krw");
                    return new Gift(rs.getObject("id", UUID.class), visitId, direction, rs.getString("description"),
                            rs.getString("giver"), rs.getString("recipient"), value,
                            rs.getObject("given_on", java.time.LocalDate.class),
                            kr.tupyo.visits.GiftDisposition.valueOf(rs.getString("disposition")),
                            reportable(direction, value));
                }).list();
    }
}
