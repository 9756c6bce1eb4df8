package kr.tupyo.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kr.tupyo.audit.AuditEntries;
import kr.tupyo.audit.AuditEntry;
import kr.tupyo.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "The tamper-evident log of security-relevant actions")
class AuditApiController {

    private final AuditEntries entries;

    AuditApiController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/verify")
    @RolesAllowed({"ADMIN", "OBSERVER"})
    @Operation(summary = "Walk the whole hash chain and report the first broken link, if any")
    AuditVerification verify() {
        return entries.verify();
    }

    @GetMapping("/entries")
    @RolesAllowed({"ADMIN", "OBSERVER"})
    @Operation(summary = "The newest entries, newest first; page with 'before' (a sequence number)")
    List<AuditEntry> entries(@RequestParam(defaultValue = "100") int limit,
                             @RequestParam(required = false) Long before) {
        return entries.newest(limit, before);
    }
}
