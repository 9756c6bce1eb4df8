package kr.tupyo.experience;

import kr.tupyo.audit.AuditEventType;

/**
 * What the experience room records in the audit log. Targets are {@code demo-session:<id>}. Demo
 * identifications and issuances are not audited one by one: they change nothing real.
 */
public enum ExperienceAuditEvent implements AuditEventType {
    DEMO_SESSION_CREATED("A visits officer started an experience-room demo session (scenario, guests, visit in details)."),
    DEMO_SESSION_RESET("A visits officer wiped a demo session's identifications and issuances (counts in details)."),
    DEMO_SESSION_CLOSED("A visits officer closed a demo session; it answers no more identifications."),
    DEMO_SESSION_DELETED("A visits officer deleted a demo session with its demo voters."),
    DEMO_SESSIONS_PURGED("The scheduled job deleted demo sessions older than 7 days (count in details).");

    private final String description;

    ExperienceAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
