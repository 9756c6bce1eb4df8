package kr.tupyo.experience.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.experience.internal.DemoContest;
import kr.tupyo.experience.internal.DemoSession;
import kr.tupyo.experience.internal.DemoStation;

/** A demo session as the API answers it. Every answer of the experience room carries {@code demo}. */
record SessionView(String demo, UUID id, String scenario, String title, String language, int guests, int voters,
                   UUID visitId, String owner, String status, Instant createdAt, Instant closedAt, int resets,
                   String electionName, List<ContestView> contests, List<StationView> stations) {

    static final String DEMO = "체험용 견본 / DEMO — not a real election";

    record ContestView(String kind, String title, String titleEn, String district, String districtEn, int lines) {
        static ContestView of(DemoContest c) {
            return new ContestView(c.kind().name(), c.titleKo(), c.titleEn(), c.districtKo(), c.districtEn(), c.lines().size());
        }
    }

    record StationView(String code, String name, boolean inDistrict) {
    }

    static SessionView of(DemoSession s, int voters, Locale locale) {
        var election = s.scenario().election();
        return new SessionView(DEMO, s.id(), s.scenario().name(), s.title(), s.language(), s.guests(), voters, s.visitId(),
                s.owner(), s.status(), s.createdAt(), s.closedAt(), s.resets(), election.name(locale),
                election.contests().stream().map(ContestView::of).toList(),
                Arrays.stream(DemoStation.values()).map(st -> new StationView(st.name(), st.name(locale), st.inDistrict())).toList());
    }
}
