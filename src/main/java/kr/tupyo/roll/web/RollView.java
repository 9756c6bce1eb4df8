package kr.tupyo.roll.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import kr.tupyo.election.Election;
import kr.tupyo.roll.internal.RollJob;
import kr.tupyo.roll.internal.VotersList;
import kr.tupyo.roll.internal.VotersLists;

/** A voters list as the API shows it: status, counts per reason, digest, the latest compilation and finalisation jobs. */
record RollView(String election, String status, LocalDate referenceDate, long residents, long voters, long excluded,
                Map<String, Long> excludedByReason, String digest, Instant compiledAt, int compilations,
                Instant finalisedAt, String finalisedBy, long pendingObjections, LocalDate inspectionFirst,
                LocalDate inspectionLast, JobView job, JobView finaliseJob) {

    static RollView of(Election election, VotersList list, java.util.List<VotersLists.ReasonCount> reasons,
                       long pendingObjections, RollJob job, RollJob finaliseJob) {
        Map<String, Long> byReason = new java.util.LinkedHashMap<>();
        reasons.stream().filter(r -> r.reason() != null).forEach(r -> byReason.put(r.reason(), r.people()));
        var calendar = election.calendar();
        if (list == null) {
            return new RollView(election.id().toString(), "NOT_COMPILED", calendar.referenceDate(), 0, 0, 0, byReason, null,
                    null, 0, null, null, pendingObjections, calendar.inspection().first(), calendar.inspection().last(),
                    job == null ? null : JobView.of(job), finaliseJob == null ? null : JobView.of(finaliseJob));
        }
        return new RollView(election.id().toString(), list.status().name(), list.referenceDate(), list.residents(),
                list.voters(), list.excluded(), byReason, list.digest(), list.compiledAt(), list.compilations(),
                list.finalisedAt(), list.finalisedBy(), pendingObjections, calendar.inspection().first(),
                calendar.inspection().last(), job == null ? null : JobView.of(job),
                finaliseJob == null ? null : JobView.of(finaliseJob));
    }
}
