package kr.tupyo.experience.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.experience.internal.DemoIdentification;
import org.springframework.context.MessageSource;

/** The kiosk's answer as JSON: status, the demo voter (masked), 관내/관외, contests, where and when issued. */
record IdentificationView(String demo, UUID identificationId, String status, String statusText, String station,
                          String stationName, Boolean inDistrict, String name, String nameEn, String numberMasked,
                          LocalDate birthDate, String homeDistrict, List<SessionView.ContestView> contests,
                          AlreadyIssued alreadyIssued, String blockedReason, Instant identifiedAt) {

    record AlreadyIssued(String station, String stationName, Instant issuedAt) {
    }

    static IdentificationView of(DemoIdentification i, MessageSource messages, Locale locale) {
        var voter = i.voter();
        AlreadyIssued already = null;
        String blocked = null;
        switch (i.result()) {
            case DemoIdentification.Result.AlreadyIssued a ->
                    already = new AlreadyIssued(a.station().name(), a.station().name(locale), a.issuedAt());
            case DemoIdentification.Result.Blocked b ->
                    blocked = messages.getMessage("experience.blocked." + b.reason(), null, b.reason(), locale);
            case DemoIdentification.Result.Eligible e -> {
            }
            case DemoIdentification.Result.NotOnList n -> {
            }
        }
        String status = i.result().status();
        return new IdentificationView(SessionView.DEMO, i.id(), status,
                messages.getMessage("experience.status." + status, null, status, locale), i.station().name(),
                i.station().name(locale), i.inDistrict(), voter == null ? null : voter.nameKo(),
                voter == null ? null : voter.nameEn(), voter == null ? null : voter.numberMasked(),
                voter == null ? null : voter.birthDate(),
                voter == null ? null : messages.getMessage("experience.home", null, locale),
                i.contests().stream().map(SessionView.ContestView::of).toList(), already, blocked, i.at());
    }
}
