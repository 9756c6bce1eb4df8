package kr.tupyo.earlyvoting.internal;

import java.util.List;
import kr.tupyo.earlyvoting.SpecimenPrinting;
import org.springframework.stereotype.Component;

/** {@link SpecimenPrinting} by the real {@link BallotPdf} and {@link EnvelopeLabelPdf}. */
@Component
class SpecimenPrinter implements SpecimenPrinting {

    @Override
    public byte[] ballots(String stationName, List<SpecimenBallot> ballots, boolean specimen) {
        List<BallotPdf.Page> pages = ballots.stream()
                .map(b -> new BallotPdf.Page(b.electionName(), b.title(), b.district(), b.partyList(), b.entries(),
                        BallotSerial.parse(b.serial())
                                .orElseThrow(() -> new IllegalArgumentException("not a ballot serial: " + b.serial()))))
                .toList();
        return BallotPdf.render(stationName, pages, specimen);
    }

    @Override
    public byte[] envelopeLabel(SpecimenLabel label, boolean specimen) {
        return EnvelopeLabelPdf.render(label.commission(), label.commissionArea(), label.envelopeCode(),
                label.electionName(), label.stationName(), specimen);
    }
}
