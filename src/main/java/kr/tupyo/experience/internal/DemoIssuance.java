package kr.tupyo.experience.internal;

import java.time.Instant;
import java.util.UUID;

/** A demo voter's ballots, issued once per session at one of the two demo stations. */
public record DemoIssuance(UUID id, UUID session, int voterSeq, UUID identificationId, DemoStation station,
                           boolean inDistrict, String envelopeCode, Instant issuedAt) {
}
