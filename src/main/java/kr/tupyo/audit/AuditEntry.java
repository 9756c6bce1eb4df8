package kr.tupyo.audit;

import java.time.Instant;

/** One entry as read back for display. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String target,
                         AuditOutcome outcome, String remoteAddress, String details, String hashHex) {

    public java.time.ZonedDateTime occurredAtKorea() {
        return occurredAt.atZone(kr.tupyo.platform.KoreaTime.ZONE);
    }
}
