package kr.tupyo.earlyvoting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.tupyo.earlyvoting.internal.Identification;
import kr.tupyo.earlyvoting.internal.IdentificationResult;

/** An identification as the station sees it. Never the RRN in clear. */
record IdentificationView(UUID identificationId, String status, String rrnMasked, String name, LocalDate birthDate,
                          String homeDistrict, String precinct, Integer voterNumber, Boolean inDistrict,
                          List<ContestView> contests, AlreadyIssuedView alreadyIssued, String blockedReason,
                          Instant identifiedAt) {

    record AlreadyIssuedView(String station, String stationName, Instant issuedAt) {
    }

    static IdentificationView of(Identification i) {
        var voter = i.voter();
        AlreadyIssuedView already = null;
        String blocked = null;
        switch (i.result()) {
            case IdentificationResult.AlreadyIssued a -> already = new AlreadyIssuedView(a.station().value(), a.stationName(), a.issuedAt());
            case IdentificationResult.Blocked b -> blocked = b.reason();
            case IdentificationResult.Eligible e -> { }
            case IdentificationResult.NotOnList n -> { }
        }
        return new IdentificationView(i.id(), i.result().status(), voter == null ? null : voter.rrnMasked(),
                voter == null ? null : voter.name(), voter == null ? null : voter.birthDate(),
                voter == null ? null : voter.homeDistrict(), voter == null ? null : voter.precinct(),
                voter == null ? null : voter.voterNumber(), i.inDistrict(),
                i.contests().stream().map(ContestView::of).toList(), already, blocked, i.identifiedAt());
    }
}
