package kr.tupyo.turnout.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.StationCode;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.turnout.TurnoutAuditEvent;
import kr.tupyo.turnout.TurnoutError;
import kr.tupyo.turnout.internal.NationalReconciliation;
import kr.tupyo.turnout.internal.Reconciliation;
import kr.tupyo.turnout.internal.ReconciliationDocuments;
import kr.tupyo.turnout.internal.StationDayReconciliation;
import kr.tupyo.turnout.internal.TurnoutElections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation of early voting (사전투표 정산): national as JSON, CSV, PDF and text; one station day. */
@RestController
@Tag(name = "Reconciliation", description = "Every early-voting ballot accounted for, per station day and nationally")
class ReconciliationApiController {

    private final TurnoutElections elections;
    private final Reconciliation reconciliation;
    private final ReconciliationDocuments documents;
    private final AuditLog audit;

    ReconciliationApiController(TurnoutElections elections, Reconciliation reconciliation,
                                ReconciliationDocuments documents, AuditLog audit) {
        this.elections = elections;
        this.reconciliation = reconciliation;
        this.documents = documents;
        this.audit = audit;
    }

    @GetMapping("/api/v1/turnout/elections/{id}/reconciliation")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "National reconciliation: every station day, totals, checks and the records behind imbalances")
    NationalReconciliation national(@PathVariable UUID id) {
        return reconciliation.national(elections.require(id));
    }

    @GetMapping("/api/v1/turnout/elections/{id}/reconciliation.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The reconciliation figures as CSV (one row per station day, then the national row)")
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        NationalReconciliation r = exported(id, "CSV");
        return file(documents.figuresCsv(r).getBytes(StandardCharsets.UTF_8), "text/csv", "reconciliation.csv");
    }

    @GetMapping("/api/v1/turnout/elections/{id}/reconciliation-records.csv")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The issuance records behind imbalances as CSV")
    ResponseEntity<byte[]> recordsCsv(@PathVariable UUID id) {
        NationalReconciliation r = exported(id, "RECORDS_CSV");
        return file(documents.recordsCsv(r).getBytes(StandardCharsets.UTF_8), "text/csv", "reconciliation-records.csv");
    }

    @GetMapping("/api/v1/turnout/elections/{id}/reconciliation.pdf")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The reconciliation as a PDF (A4 landscape)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        NationalReconciliation r = exported(id, "PDF");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.pdf(r, out);
        return file(out.toByteArray(), "application/pdf", "reconciliation.pdf");
    }

    @GetMapping("/api/v1/turnout/elections/{id}/reconciliation.txt")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The reconciliation as plain text, as ./tupyo reconcile prints it (last line BALANCED or IMBALANCED)")
    ResponseEntity<byte[]> text(@PathVariable UUID id) {
        NationalReconciliation r = exported(id, "TEXT");
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header("X-Tupyo-Balanced", Boolean.toString(r.balanced()))
                .body(documents.text(r).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/turnout/elections/{id}/stations/{station}/reconciliation")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "One station day's reconciliation; station staff see their own station only")
    StationDayReconciliation stationDay(@PathVariable UUID id, @PathVariable String station,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        StaffPrincipal.current().ifPresent(p -> p.requireMayActFor(station));
        if (!StationCode.isValid(station)) {
            throw new ProblemException(TurnoutError.TURNOUT_STATION_NOT_FOUND, station);
        }
        return reconciliation.stationDay(elections.require(id), new StationCode(station), day)
                .orElseThrow(() -> new ProblemException(TurnoutError.TURNOUT_STATION_NOT_FOUND, station));
    }

    private NationalReconciliation exported(UUID id, String format) {
        NationalReconciliation r = reconciliation.national(elections.require(id));
        audit.record(TurnoutAuditEvent.TURNOUT_RECONCILIATION_EXPORTED, id.toString(), AuditOutcome.SUCCESS,
                Map.of("format", format, "imbalancedStationDays", Integer.toString(r.imbalancedStationDays()),
                        "balanced", Boolean.toString(r.balanced())));
        return r;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }
}
