package kr.tupyo.visits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import kr.tupyo.platform.KoreaTime;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.VisitStatus;

/** A visit request and, once accepted, the visit it became. Text is stored exactly as entered. */
public record Visit(UUID id, VisitStatus status, String source, UUID partnerId, String organisation,
                    PartnerType partnerType, String country, String requesterName, String requesterEmail,
                    String onBehalfOf, String purpose, List<Topic> topics, LocalDate preferredFrom,
                    LocalDate preferredTo, int delegationSize, List<String> languages, String interpretationNeeds,
                    String accessibilityNeeds, Instant submittedAt, String decisionReason, LocalDate counterFrom,
                    LocalDate counterTo, Integer templateVersion, Instant startsAt) {

    public boolean needsInterpretation() {
        return interpretationNeeds != null && !interpretationNeeds.isBlank();
    }

    /** The start in Korea time, or null while unscheduled. */
    public LocalDateTime startsAtKorea() {
        return startsAt == null ? null : LocalDateTime.ofInstant(startsAt, KoreaTime.ZONE);
    }
}
