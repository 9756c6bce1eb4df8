package kr.tupyo.earlyvoting.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.tupyo.earlyvoting.internal.Issuance;

/** An issuance as the station sees it, with links to its documents. */
record IssuanceView(UUID issuanceId, String station, Instant issuedAt, List<ContestView> contests, boolean inDistrict,
                    boolean ballotsPrintable, Documents documents) {

    /** @param envelopeLabel null for an in-district voter */
    record Documents(String ballots, String envelopeLabel) {
    }

    static IssuanceView of(Issuance i, ElectionContestViews contests) {
        String base = "/api/v1/early-voting/issuances/" + i.id();
        return new IssuanceView(i.id(), i.station().value(), i.issuedAt(), contests.of(i), i.inDistrict(),
                i.ballotsPrintable(), new Documents(base + "/ballots.pdf", i.inDistrict() ? null : base + "/envelope-label.pdf"));
    }
}
