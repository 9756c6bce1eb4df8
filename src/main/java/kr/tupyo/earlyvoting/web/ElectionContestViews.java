package kr.tupyo.earlyvoting.web;

import java.util.List;
import kr.tupyo.earlyvoting.internal.ElectionContests;
import kr.tupyo.earlyvoting.internal.Issuance;
import org.springframework.stereotype.Component;

/** The contests of an issuance, for its view: from the contests kept per election, not one read per contest. */
@Component
class ElectionContestViews {

    private final ElectionContests contests;

    ElectionContestViews(ElectionContests contests) {
        this.contests = contests;
    }

    List<ContestView> of(Issuance issuance) {
        return contests.all(issuance.election(), issuance.contests()).stream().map(ContestView::of).toList();
    }
}
