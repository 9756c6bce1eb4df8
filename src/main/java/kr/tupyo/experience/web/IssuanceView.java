package kr.tupyo.experience.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.experience.internal.DemoIssuance;

/** A demo issuance as JSON, with the links to its specimen ballots and (관외) envelope label. */
record IssuanceView(String demo, UUID issuanceId, String station, String stationName, boolean inDistrict,
                    Instant issuedAt, String envelopeCode, String ballotsUrl, String envelopeLabelUrl) {

    /** {@code base} is where the PDFs are: the API's path or the pages'. */
    static IssuanceView of(DemoIssuance i, String base, Locale locale) {
        String prefix = base + "/" + i.session() + "/issuances/" + i.id();
        return new IssuanceView(SessionView.DEMO, i.id(), i.station().name(), i.station().name(locale), i.inDistrict(),
                i.issuedAt(), i.envelopeCode(), prefix + "/ballots.pdf",
                i.inDistrict() ? null : prefix + "/envelope-label.pdf");
    }
}
