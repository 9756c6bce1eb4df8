package kr.tupyo.audit;

/** What the audit module itself records. */
public enum AuditEvent implements AuditEventType {
    AUDIT_VERIFIED("Someone ran the verification of the audit chain; details say whether it was intact.");

    private final String description;

    AuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
