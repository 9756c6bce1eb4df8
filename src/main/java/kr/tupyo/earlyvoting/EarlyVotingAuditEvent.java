package kr.tupyo.earlyvoting;

import kr.tupyo.audit.AuditEventType;

/** Audited early-voting actions. None carries a ballot serial or an RRN. */
public enum EarlyVotingAuditEvent implements AuditEventType {
    STATION_OPENED("Station staff opened their early-voting station for the day."),
    STATION_CLOSED("Station staff closed their station; the day report's totals are in details."),
    BALLOTS_ISSUED("Station staff recorded the issuance of a voter's ballots (target is the issuance; no serials)."),
    ISSUANCE_REFUSED_ALREADY_ISSUED("A second issuance to a voter was refused (target is the identification)."),
    BALLOTS_PRINTED("The ballots of an issuance were fetched for printing (once; no serials)."),
    ENVELOPE_LABEL_PRINTED("The return-envelope label of an out-of-district issuance was fetched."),
    BALLOTS_SPOILED("A station supervisor approved a spoil-and-reissue with a reason; the spoiled serials are void."),
    SIGNATURES_PURGED("The scheduled job deleted signature images 30 days after election day (count in details).");

    private final String description;

    EarlyVotingAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
