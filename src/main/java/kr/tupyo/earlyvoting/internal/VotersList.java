package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentRegistrationNumber;

/**
 * What early voting asks of the finalised integrated voters list (선거인명부, roll module). Kept as
 * this module's own port so that identification depends on two look-ups only.
 */
public interface VotersList {

    Optional<VoterOnList> findByRrn(ElectionId election, ResidentRegistrationNumber rrn);

    /** {@link #findByRrn} for several numbers at once (one statement where the list allows): answers in order. */
    default List<Optional<VoterOnList>> findAllByRrn(ElectionId election, List<ResidentRegistrationNumber> rrns) {
        return rrns.stream().map(rrn -> findByRrn(election, rrn)).toList();
    }

    /** For a card without an RRN (passport, mobile ID): everyone listed with that name and birth date. */
    List<VoterOnList> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate);
}
