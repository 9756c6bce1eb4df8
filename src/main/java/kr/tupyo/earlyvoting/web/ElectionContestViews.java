package kr.tupyo.earlyvoting.web;

import java.util.List;
import kr.tupyo.earlyvoting.internal.Issuance;
import kr.tupyo.election.Contests;
import org.springframework.stereotype.Component;

/** The contests of an issuance, for its view. */
@Component
class ElectionContestViews {

    private final Contests contests;

    ElectionContestViews(Contests contests) {
        this.contests = contests;
    }

    List<ContestView> of(Issuance issuance) {
        return issuance.contests().stream().map(id -> contests.find(id).map(ContestView::of).orElseThrow()).toList();
    }
}
