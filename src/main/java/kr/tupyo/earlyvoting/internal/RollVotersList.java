package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.Division;
import kr.tupyo.registry.Divisions;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.IntegratedVotersList;
import kr.tupyo.roll.ListedVoter;
import org.springframework.stereotype.Component;

/**
 * Early voting's port onto the roll module's integrated voters list (finalised lists only). Adds the
 * names of the voter's 시군구 and 읍면동, kept per 읍면동 (about 3,500 of them) for the screen.
 */
@Component
class RollVotersList implements VotersList {

    private final IntegratedVotersList list;
    private final Divisions divisions;
    private final Map<String, Optional<Division>> names = new ConcurrentHashMap<>();

    RollVotersList(IntegratedVotersList list, Divisions divisions) {
        this.list = list;
        this.divisions = divisions;
    }

    @Override
    public Optional<VoterOnList> findByRrn(ElectionId election, ResidentRegistrationNumber rrn) {
        return list.findByRrn(election, rrn).map(this::voter);
    }

    @Override
    public List<Optional<VoterOnList>> findAllByRrn(ElectionId election, List<ResidentRegistrationNumber> rrns) {
        return list.findAllByRrn(election, rrns).stream().map(found -> found.map(this::voter)).toList();
    }

    @Override
    public List<VoterOnList> findByNameAndBirthDate(ElectionId election, String name, LocalDate birthDate) {
        return list.findByNameAndBirthDate(election, name, birthDate).stream().map(this::voter).toList();
    }

    private VoterOnList voter(ListedVoter v) {
        Optional<Division> division = names.computeIfAbsent(v.emdCode(), divisions::emd);
        VoterOnList.Listing listing = switch (v.status()) {
            case ON_LIST -> new VoterOnList.Listing.OnList();
            case BLOCKED -> new VoterOnList.Listing.Blocked(v.blockReason().name());
        };
        return new VoterOnList(v.id().toString(), v.name(), v.birthDate(), v.rrnMasked(), v.emdCode(),
                division.map(Division::sggName).orElse(v.sggCode()), division.map(Division::emdName).orElse(null),
                v.precinctName(), v.voterNumber(), v.contests(), listing);
    }
}
