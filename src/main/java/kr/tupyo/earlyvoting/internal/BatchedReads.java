package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import kr.tupyo.election.ElectionId;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.springframework.stereotype.Component;

/**
 * The two reads of a visit, each made for many stations at once ({@link Batcher}, decision 123): the
 * voters-list look-up by number, and the identification an issuance names. Both without a transaction, as
 * they were before, one statement per batch (per election for look-ups).
 */
@Component
class BatchedReads {

    private final VotersList votersList;
    private final Identifications identifications;
    private final Batcher<VoterLookup, Optional<VoterOnList>> lookups;
    private final Batcher<IdentificationRead, Optional<Identifications.ForIssuing>> forIssuing;

    BatchedReads(VotersList votersList, Identifications identifications, Batchers batchers) {
        this.votersList = votersList;
        this.identifications = identifications;
        this.lookups = batchers.reads("voter-lookups", this::lookUpAll);
        this.forIssuing = batchers.reads("identification-reads", this::readAll);
    }

    Optional<VoterOnList> findByRrn(ElectionId election, ResidentRegistrationNumber rrn) {
        return lookups.process(new VoterLookup(election, rrn));
    }

    Optional<Identifications.ForIssuing> findForIssuing(UUID identification, LocalDate today) {
        return forIssuing.process(new IdentificationRead(identification, today));
    }

    private List<Optional<VoterOnList>> lookUpAll(List<VoterLookup> batch) {
        return byGroup(batch, VoterLookup::election, VoterLookup::rrn, votersList::findAllByRrn);
    }

    private List<Optional<Identifications.ForIssuing>> readAll(List<IdentificationRead> batch) {
        return byGroup(batch, IdentificationRead::today, IdentificationRead::identification,
                (today, ids) -> identifications.findAllForIssuing(ids, today));
    }

    /**
     * One statement per group of the batch (requests for one election, or one day, share a statement), the
     * answers put back in the batch's order.
     */
    private static <R, G, K, A> List<A> byGroup(List<R> batch, Function<R, G> group, Function<R, K> key,
                                                BiFunction<G, List<K>, List<A>> readAll) {
        Map<G, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            positions.computeIfAbsent(group.apply(batch.get(i)), g -> new ArrayList<>()).add(i);
        }
        List<A> answers = new ArrayList<>(Collections.nCopies(batch.size(), null));
        positions.forEach((g, at) -> {
            List<A> found = readAll.apply(g, at.stream().map(i -> key.apply(batch.get(i))).toList());
            for (int k = 0; k < at.size(); k++) {
                answers.set(at.get(k), found.get(k));
            }
        });
        return answers;
    }

    private record VoterLookup(ElectionId election, ResidentRegistrationNumber rrn) {
    }

    private record IdentificationRead(UUID identification, LocalDate today) {
    }
}
