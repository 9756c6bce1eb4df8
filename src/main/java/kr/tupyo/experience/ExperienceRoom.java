package kr.tupyo.experience;

import java.util.List;
import java.util.UUID;

/** What the visits desk may ask of the experience room: a demo session for a visit's delegation. */
public interface ExperienceRoom {

    /** Starts a demo session for a visit (its delegation's size and languages) and answers its id. */
    UUID startForVisit(VisitDemo demo);

    /**
     * The visit's part of a demo session; the kiosk speaks Korean when the delegation's first language
     * is Korean, else English.
     *
     * @param scenario {@code PRESIDENTIAL}, {@code NATIONAL_ASSEMBLY} or {@code LOCAL}
     */
    record VisitDemo(UUID visitId, String organisation, List<String> languages, int delegationSize, String scenario) {

        public VisitDemo {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }
}
