package kr.tupyo.roll.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.Station;
import kr.tupyo.election.Stations;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.RollAuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public self-lookup (열람): during the inspection period a citizen gives their name and number and
 * sees only their own entry. Name and number must both match, and "not found" looks the same whether
 * the number is unknown or the name is wrong, so the page reveals nothing about anyone else.
 */
@Service
public class Inspection {

    private final VotersLists lists;
    private final RollEntries entries;
    private final RollPrecincts precincts;
    private final Stations stations;
    private final InspectionCalendar calendar;
    private final InspectionThrottle throttle;
    private final PersonalDataProtection protection;
    private final AuditLog audit;

    Inspection(VotersLists lists, RollEntries entries, RollPrecincts precincts, Stations stations,
               InspectionCalendar calendar, InspectionThrottle throttle, PersonalDataProtection protection, AuditLog audit) {
        this.lists = lists;
        this.entries = entries;
        this.precincts = precincts;
        this.stations = stations;
        this.calendar = calendar;
        this.throttle = throttle;
        this.protection = protection;
        this.audit = audit;
    }

    public sealed interface Result {
        /** The caller's entry; precinct null when excluded. */
        record Found(RollEntry entry, RollPrecincts.RollPrecinct precinct, List<Station> nearbyStations,
                     LocalDate earlyVotingFirst, LocalDate earlyVotingLast) implements Result {
        }

        record NotFound() implements Result {
        }

        record Closed(LocalDate opens, LocalDate closes) implements Result {
        }

        record Throttled() implements Result {
        }
    }

    @Transactional
    public Result lookUp(Election election, String name, ResidentRegistrationNumber rrn, String callerAddress) {
        String target = RollCompilation.target(election.id());
        if (!calendar.isOpen(election) || lists.find(election.id()).isEmpty()) {
            return new Result.Closed(election.calendar().inspection().first(), election.calendar().inspection().last());
        }
        if (!throttle.attempt(protection.lookupHash("inspection-caller:" + callerAddress))) {
            audit.recordAs("anonymous", RollAuditEvent.ROLL_INSPECTION_THROTTLED, target, AuditOutcome.DENIED, Map.of());
            return new Result.Throttled();
        }
        Optional<RollEntry> entry = entries.byLookup(election.id(), protection.lookupHash(rrn.digits()))
                .filter(e -> e.name().equals(name.strip()));
        audit.recordAs("anonymous", RollAuditEvent.ROLL_INSPECTED, target,
                entry.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                Map.of("found", Boolean.toString(entry.isPresent())));
        if (entry.isEmpty()) {
            return new Result.NotFound();
        }
        RollEntry e = entry.get();
        var precinct = e.precinctId() == null ? null : precincts.find(election.id(), e.precinctId()).orElse(null);
        String sgg = e.emdCode().substring(0, 5);
        List<Station> nearby = stations.of(election.id()).stream().filter(s -> s.sggCode().equals(sgg)).toList();
        return new Result.Found(e, precinct, nearby, election.calendar().earlyVoting().first(),
                election.calendar().earlyVoting().last());
    }
}
