package kr.tupyo.experience.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The kiosk's answer about one demo card at one demo station.
 *
 * @param voter      the demo voter, or null when the number is not on the session's list
 * @param inDistrict whether the station is in the voter's district (관내), null when not on the list
 * @param contests   the contests the voter receives ballots for (empty when not on the list)
 */
public record DemoIdentification(UUID id, UUID session, DemoStation station, Result result, DemoVoter voter,
                                 Boolean inDistrict, List<DemoContest> contests, Instant at) {

    /** What the station is told, as in the real system. */
    public sealed interface Result {

        record Eligible() implements Result {
        }

        /** Ballots were issued already in this session: where and when. */
        record AlreadyIssued(DemoStation station, Instant issuedAt) implements Result {
        }

        record NotOnList() implements Result {
        }

        /** On the list but not entitled; {@code reason} is a code ({@code experience.blocked.<code>}). */
        record Blocked(String reason) implements Result {
        }

        default String status() {
            return switch (this) {
                case Eligible e -> "ELIGIBLE";
                case AlreadyIssued a -> "ALREADY_ISSUED";
                case NotOnList n -> "NOT_ON_LIST";
                case Blocked b -> "BLOCKED";
            };
        }
    }
}
