package kr.tupyo.roll;

import kr.tupyo.audit.AuditEventType;

/** What the voters-list module records in the audit log. Never an RRN in clear: masked numbers only. */
public enum RollAuditEvent implements AuditEventType {
    ROLL_COMPILE_REQUESTED("A roll officer asked for a voters list to be compiled (job id in details)."),
    ROLL_COMPILED("A compilation job finished: residents, voters and digest in details."),
    ROLL_COMPILE_FAILED("A compilation job failed or was refused (reason in details)."),
    ROLL_FINALISE_REQUESTED("A roll officer asked for a voters list to be finalised; the list is frozen while the job runs (job id in details)."),
    ROLL_FINALISED("A roll officer finalised a voters list; its digest and voter count in details."),
    ROLL_FINALISE_FAILED("A finalisation job failed; the list is a draft again (error class in details)."),
    ROLL_INSPECTED("A citizen looked up their own entry on the public inspection page (found or not; no number)."),
    ROLL_INSPECTION_THROTTLED("A public inspection look-up was refused: too many attempts from one address."),
    ROLL_OBJECTION_FILED("An objection to a voters list was filed by a citizen or an officer (kind, masked number)."),
    ROLL_OBJECTION_DECIDED("A roll officer accepted or rejected an objection, with a reason; an accepted one changed the draft."),
    ROLL_CORRECTION_RECORDED("A correction version was recorded against a finalised list, blocking a voter (kind, version)."),
    ROLL_VOTER_ADDED_BY_COURT_ORDER("A correction version added a wrongly omitted person to a finalised list by court order (version, masked number, precinct, voter number)."),
    ROLL_LISTS_GENERATED("Election-day lists (PDF and CSV) were generated for one precinct or all precincts."),
    ROLL_VOTERS_EXPORTED("A statistics or voters export was downloaded.");

    private final String description;

    RollAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
