package kr.tupyo.turnout.web;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.internal.NationalReconciliation;
import kr.tupyo.turnout.internal.Reconciliation;
import kr.tupyo.turnout.internal.ReconciliationDocuments;
import kr.tupyo.turnout.internal.TurnoutElections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The reconciliation downloads of the dashboard, for signed-in officials (the /api chain takes tokens only). */
@Controller
class ReconciliationDownloadsController {

    private final TurnoutElections elections;
    private final Reconciliation reconciliation;
    private final ReconciliationDocuments documents;
    private final AuditLog audit;

    ReconciliationDownloadsController(TurnoutElections elections, Reconciliation reconciliation,
                                      ReconciliationDocuments documents, AuditLog audit) {
        this.elections = elections;
        this.reconciliation = reconciliation;
        this.documents = documents;
        this.audit = audit;
    }

    @GetMapping("/turnout/{id}/reconciliation.pdf")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.pdf(exported(id, "PDF"), out);
        return file(out.toByteArray(), "application/pdf", "reconciliation.pdf");
    }

    @GetMapping("/turnout/{id}/reconciliation.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        return file(documents.figuresCsv(exported(id, "CSV")).getBytes(StandardCharsets.UTF_8), "text/csv", "reconciliation.csv");
    }

    @GetMapping("/turnout/{id}/reconciliation-records.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    ResponseEntity<byte[]> records(@PathVariable UUID id) {
        return file(documents.recordsCsv(exported(id, "RECORDS_CSV")).getBytes(StandardCharsets.UTF_8), "text/csv",
                "reconciliation-records.csv");
    }

    private NationalReconciliation exported(UUID id, String format) {
        NationalReconciliation r = reconciliation.national(elections.require(id));
        audit.record(TurnoutAuditEvent.TURNOUT_RECONCILIATION_EXPORTED, id.toString(), AuditOutcome.SUCCESS,
                Map.of("format", format, "imbalancedStationDays", Integer.toString(r.imbalancedStationDays())));
        return r;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }
}
