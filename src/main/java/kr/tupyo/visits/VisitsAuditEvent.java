package kr.tupyo.visits;

import kr.tupyo.audit.AuditEventType;

/** What the visits desk records in the audit log. Targets are {@code visit:<id>}; no guest's name goes in. */
public enum VisitsAuditEvent implements AuditEventType {
    VISIT_REQUEST_RECEIVED("A visit request was entered by staff or arrived through the public form (source in details)."),
    VISIT_FORM_REJECTED("The public request form refused a submission as spam or abuse (reason in details)."),
    VISIT_TRIAGED("A visits officer accepted, declined or counter-proposed a visit request (decision in details)."),
    VISIT_DELEGATION_CHANGED("A visits officer added or removed a delegation member."),
    VISIT_PROGRAMME_CHANGED("A visits officer tailored, reordered, added or dropped programme items."),
    VISIT_TEMPLATE_VERSIONED("A visits officer saved a new version of the standard programme template."),
    VISIT_SCHEDULED("A visit's officials and rooms were booked (start time in details)."),
    VISIT_SCHEDULE_CONFLICTED("Scheduling a visit was refused because of conflicts (kinds in details)."),
    VISIT_GIFT_RECORDED("A gift given or received was entered in the gift register (reportable flag in details)."),
    VISIT_REPORT_WRITTEN("A visits officer wrote or changed the post-visit report, Q&A notes, follow-ups or photos."),
    VISIT_PARTNER_CHANGED("A visits officer created or changed a partner organisation, or added or removed one of its "
            + "contacts (change and contact id in details; no contact's name or e-mail)."),
    VISIT_OFFICIAL_CHANGED("A visits officer edited or retired a senior official, or added or removed an absence "
            + "(change in details; a refused retirement lists the booked visits)."),
    VISIT_ROOM_CHANGED("A visits officer created, edited or closed a room (change in details; a refused capacity "
            + "change or closure lists the booked visits)."),
    VISIT_BLACKOUT_CHANGED("A visits officer added, edited or deleted a period without visits (scheduled visits it "
            + "falls on in details)."),
    VISIT_HOLIDAY_CHANGED("A visits officer added or removed a public holiday beyond the bundled gazette data.");

    private final String description;

    VisitsAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
