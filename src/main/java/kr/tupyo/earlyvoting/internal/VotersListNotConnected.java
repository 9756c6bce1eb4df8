package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.springframework.stereotype.Component;

/**
 * Stands in for the integrated voters list until the roll module publishes it: nobody is listed.
 * Replaced by the adapter to {@code kr.tupyo.roll} when that exists.
 */
@Component
class VotersListNotConnected implements VotersList {

    @Override
    public Optional<VoterOnList> findByRrn(ElectionId election, ResidentRegistrationNumber rrn) {
        return Optional.empty();
    }

    @Override
    public List<VoterOnList> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate) {
        return List.of();
    }
}
