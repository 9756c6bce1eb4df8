package kr.tupyo.visits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What happened at a visit: attendance, Q&A notes, follow-up actions and photos. */
public record VisitReport(Summary summary, List<QaNote> questions, List<FollowUp> followUps, List<Photo> photos) {

    public record Summary(int attended, String attendance, String summary, String writtenBy) {
    }

    /** Who asked what, and the answer given (and by whom). */
    public record QaNote(UUID id, String askedBy, String question, String answeredBy, String answer) {
    }

    public record FollowUp(UUID id, String action, String owner, LocalDate dueOn, boolean done) {
    }

    public record Photo(UUID id, String filename, String contentType, String caption, int bytes) {
    }
}
