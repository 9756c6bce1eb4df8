package kr.tupyo.registry;

import kr.tupyo.audit.AuditEventType;

/** Imports into the register. Details carry the file digest and row counts, never personal data. */
public enum RegistryAuditEvent implements AuditEventType {
    IMPORT_ACCEPTED("An administrator imported a registry file (divisions, extract, events or disqualifications); "
            + "details give its kind, SHA-256 digest and row counts."),
    IMPORT_REJECTED("A registry file was refused because of invalid rows; nothing was stored. Details give its kind, "
            + "digest and error count."),
    IMPORT_DUPLICATE("A registry file was refused because the same file (same SHA-256 digest) had already been imported.");

    private final String description;

    RegistryAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
