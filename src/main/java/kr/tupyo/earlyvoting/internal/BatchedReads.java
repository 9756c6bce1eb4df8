package kr.tupyo.earlyvoting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
        Map<ElectionId, List<Integer>> byElection = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byElection.computeIfAbsent(batch.get(i).election(), e -> new ArrayList<>()).add(i);
        }
        List<Optional<VoterOnList>> answers = new ArrayList<>(java.util.Collections.nCopies(batch.size(), Optional.empty()));
        byElection.forEach((election, positions) -> {
            List<Optional<VoterOnList>> found = votersList.findAllByRrn(election,
                    positions.stream().map(i -> batch.get(i).rrn()).toList());
            for (int k = 0; k < positions.size(); k++) {
                answers.set(positions.get(k), found.get(k));
            }
        });
        return answers;
    }

    private List<Optional<Identifications.ForIssuing>> readAll(List<IdentificationRead> batch) {
        Map<LocalDate, List<Integer>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byDay.computeIfAbsent(batch.get(i).today(), d -> new ArrayList<>()).add(i);
        }
        List<Optional<Identifications.ForIssuing>> answers =
                new ArrayList<>(java.util.Collections.nCopies(batch.size(), Optional.empty()));
        byDay.forEach((today, positions) -> {
            List<Optional<Identifications.ForIssuing>> found = identifications.findAllForIssuing(
                    positions.stream().map(i -> batch.get(i).identification()).toList(), today);
            for (int k = 0; k < positions.size(); k++) {
                answers.set(positions.get(k), found.get(k));
            }
        });
        return answers;
    }

    private record VoterLookup(ElectionId election, ResidentRegistrationNumber rrn) {
    }

    private record IdentificationRead(UUID identification, LocalDate today) {
    }
}
