package kr.tupyo.roll.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.election.Election;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.ElectionType;
import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import kr.tupyo.roll.RollAuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (이의신청): filed during the inspection period by the citizen concerned or by an officer,
 * decided by a roll officer with a reason. An accepted objection changes the draft list at once
 * (and its tallies and counts); every filing and decision is audited with the masked number only.
 */
@Service
public class ObjectionDesk {

    private final Objections objections;
    private final RollEntries entries;
    private final RollPrecincts precincts;
    private final VotersLists lists;
    private final Tallies tallies;
    private final EmdContests emdContests;
    private final InspectionCalendar calendar;
    private final PersonalDataProtection protection;
    private final AuditLog audit;

    ObjectionDesk(Objections objections, RollEntries entries, RollPrecincts precincts, VotersLists lists, Tallies tallies,
                  EmdContests emdContests,
                  InspectionCalendar calendar, PersonalDataProtection protection, AuditLog audit) {
        this.objections = objections;
        this.entries = entries;
        this.precincts = precincts;
        this.lists = lists;
        this.tallies = tallies;
        this.emdContests = emdContests;
        this.calendar = calendar;
        this.protection = protection;
        this.audit = audit;
    }

    /** The outcome of filing. */
    public sealed interface Filing {
        record Filed(UUID id) implements Filing {
        }

        record NotCompiled() implements Filing {
        }

        record Finalised() implements Filing {
        }

        record Finalising() implements Filing {
        }

        record OutsideInspection() implements Filing {
        }

        /**
         * An objection that accepting would refuse as things stand ({@link #refusal}: {@code NOT_ON_REGISTER}, an omission
         * {@code ALREADY_ON_LIST} or {@code OUTSIDE_ELECTION_AREA}, an ineligible entry {@code NOT_ON_LIST}), so it is not
         * filed.
         */
        record NotApplicable(String why) implements Filing {
        }
    }

    /** The outcome of deciding. */
    public sealed interface Decision {
        record Decided(Objection objection) implements Decision {
        }

        record NotFound() implements Decision {
        }

        record AlreadyDecided() implements Decision {
        }

        record Finalised() implements Decision {
        }

        record Finalising() implements Decision {
        }

        /** The objection cannot be accepted as filed (e.g. an omission of someone already on the list). */
        record NotApplicable(String why) implements Decision {
        }
    }

    @Transactional
    public Filing file(Election election, ObjectionKind kind, ResidentRegistrationNumber rrn, String claim, String filedBy) {
        ElectionId id = election.id();
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty()) {
            return new Filing.NotCompiled();
        }
        if (list.get().status() == RollStatus.FINALISING) {
            return new Filing.Finalising();
        }
        if (!list.get().status().isDraft()) {
            return new Filing.Finalised();
        }
        if (!calendar.isOpen(election)) {
            return new Filing.OutsideInspection();
        }
        byte[] lookup = protection.lookupHash(rrn.digits());
        Optional<String> refused = refusal(kind, election, entries.byLookup(id, lookup));
        if (refused.isPresent()) {
            return new Filing.NotApplicable(refused.get());
        }
        UUID objection = objections.insert(id, kind, lookup, rrn.masked(), claim, filedBy);
        audit.record(RollAuditEvent.ROLL_OBJECTION_FILED, "objection:" + objection, AuditOutcome.SUCCESS,
                Map.of("election", id.toString(), "kind", kind.name(), "rrn", rrn.masked(), "filedBy", filedBy));
        return new Filing.Filed(objection);
    }

    @Transactional
    public Decision decide(Election election, UUID objectionId, boolean accept, String reason, String by) {
        ElectionId id = election.id();
        Optional<VotersList> list = lists.lock(id);
        if (list.isEmpty()) {
            return new Decision.NotFound();
        }
        if (list.get().status() == RollStatus.FINALISING) {
            return new Decision.Finalising();
        }
        if (!list.get().status().isDraft()) {
            return new Decision.Finalised();
        }
        Optional<Objection> found = objections.find(id, objectionId);
        if (found.isEmpty()) {
            return new Decision.NotFound();
        }
        Objection objection = found.get();
        if (!objection.pending()) {
            return new Decision.AlreadyDecided();
        }
        if (accept) {
            Optional<String> refused = apply(election, objection, reason.strip());
            if (refused.isPresent()) {
                return new Decision.NotApplicable(refused.get());
            }
        }
        objections.decide(objectionId, accept, reason, by);
        audit.record(RollAuditEvent.ROLL_OBJECTION_DECIDED, "objection:" + objectionId, AuditOutcome.SUCCESS,
                Map.of("election", id.toString(), "kind", objection.kind().name(), "rrn", objection.rrnMasked(),
                        "decision", accept ? "ACCEPTED" : "REJECTED", "reason", reason.strip()));
        return new Decision.Decided(objections.find(id, objectionId).orElseThrow());
    }

    /** Changes the draft for an accepted objection; empty when done, else why it cannot be. */
    private Optional<String> apply(Election election, Objection objection, String reason) {
        ElectionId id = election.id();
        byte[] lookup = objections.lookupOf(objection.id()).orElseThrow();
        Optional<RollEntry> entry = entries.byLookup(id, lookup);
        // Checked at filing too, but the list may have changed since (another objection accepted, a new compilation),
        // and one filed before filing checked is still pending.
        Optional<String> refused = refusal(objection.kind(), election, entry);
        if (refused.isPresent()) {
            return refused;
        }
        RollEntry e = entry.orElseThrow();
        String remark = "이의신청 " + objection.kind().name() + ": " + reason;
        switch (objection.kind()) {
            case OMISSION -> {
                var last = precincts.of(id).stream().filter(p -> p.emdCode().equals(e.emdCode()))
                        .reduce((a, b) -> b);
                entries.include(id, lookup, e.emdCode(), last.map(RollPrecincts.RollPrecinct::id).orElse(null),
                        last.map(RollPrecincts.RollPrecinct::seq).orElse(0), remark);
            }
            case INELIGIBLE_ENTRY -> entries.exclude(id, lookup, "REMOVED_BY_OBJECTION", remark);
            case WRONG_DETAILS -> entries.remark(id, lookup, remark);
        }
        tallies.refresh(election, e.emdCode());
        VotersList list = lists.find(id).orElseThrow();
        lists.changed(id, list.residents(), tallies.voters(election), list.digest());
        return Optional.empty();
    }

    /**
     * Why an objection of this kind for the person with this entry (none: not on the compiled register) cannot be
     * accepted, or empty when it can: the one rule for filing and for accepting. An omission is for someone excluded
     * who would have a ballot here, an ineligible entry for someone on the list, wrong details for anyone on the register.
     */
    private Optional<String> refusal(ObjectionKind kind, Election election, Optional<RollEntry> entry) {
        if (entry.isEmpty()) {
            return Optional.of("NOT_ON_REGISTER");
        }
        boolean onList = entry.get().onList();
        return switch (kind) {
            case OMISSION -> onList ? Optional.of("ALREADY_ON_LIST")
                    : outsideElectionArea(election, entry.get()) ? Optional.of("OUTSIDE_ELECTION_AREA") : Optional.empty();
            case INELIGIBLE_ENTRY -> onList ? Optional.empty() : Optional.of("NOT_ON_LIST");
            case WRONG_DETAILS -> Optional.empty();
        };
    }

    /**
     * A by-election's list covers only where its contests are held (for the person: a foreigner has none where only a
     * National Assembly seat is): listed elsewhere, they would have no ballot.
     */
    private boolean outsideElectionArea(Election election, RollEntry entry) {
        return election.type() == ElectionType.BY_ELECTION
                && emdContests.of(election.id(), entry.emdCode(), entry.constituencyVote()).isEmpty();
    }
}
