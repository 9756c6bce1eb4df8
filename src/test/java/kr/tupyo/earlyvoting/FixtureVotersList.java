package kr.tupyo.earlyvoting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kr.tupyo.earlyvoting.internal.VoterOnList;
import kr.tupyo.earlyvoting.internal.VotersList;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentRegistrationNumber;

/** An integrated voters list the tests fill by hand, or that passes the look-ups on to the real one. */
public class FixtureVotersList implements VotersList {

    private volatile VotersList real;

    /** From now on, look-ups go to the roll module's integrated voters list. */
    public void useRealList(VotersList list) {
        this.real = list;
    }

    public void useFixtures() {
        this.real = null;
    }

    private final Map<String, VoterOnList> byRrn = new ConcurrentHashMap<>();
    private final Map<String, ElectionId> electionOf = new ConcurrentHashMap<>();

    public void add(ElectionId election, ResidentRegistrationNumber rrn, VoterOnList voter) {
        byRrn.put(election + "/" + rrn.digits(), voter);
        electionOf.put(voter.voterId(), election);
    }

    @Override
    public Optional<VoterOnList> findByRrn(ElectionId election, ResidentRegistrationNumber rrn) {
        if (real != null) {
            return real.findByRrn(election, rrn);
        }
        return Optional.ofNullable(byRrn.get(election + "/" + rrn.digits()));
    }

    @Override
    public List<VoterOnList> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate) {
        if (real != null) {
            return real.findByNameAndBirthDate(election, name, birthDate);
        }
        return byRrn.values().stream()
                .filter(v -> election.equals(electionOf.get(v.voterId())) && v.name().equals(name) && v.birthDate().equals(birthDate))
                .toList();
    }
}
