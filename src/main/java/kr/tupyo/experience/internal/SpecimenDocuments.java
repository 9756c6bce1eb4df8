package kr.tupyo.experience.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import kr.tupyo.earlyvoting.SpecimenPrinting;
import kr.tupyo.experience.ExperienceError;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;

/**
 * The papers a guest takes home: specimen ballots (drawn by early voting's own ballot code, with a
 * "견본 SPECIMEN" watermark and a made-up serial), the return-envelope label of an out-of-district
 * demo voter, and the demo voter cards the officer hands out. Specimens may be printed again and
 * again: nothing real depends on them.
 */
@Service
public class SpecimenDocuments {

    /** Serials are 40-bit numbers, as early voting's (13 digits). */
    private static final long SERIAL_BOUND = 1L << 40;

    private final SessionDesk desk;
    private final DemoIssuances issuances;
    private final DemoVoters voters;
    private final SpecimenPrinting printing;
    private final SecureRandom random = new SecureRandom();

    SpecimenDocuments(SessionDesk desk, DemoIssuances issuances, DemoVoters voters, SpecimenPrinting printing) {
        this.desk = desk;
        this.issuances = issuances;
        this.voters = voters;
        this.printing = printing;
    }

    public byte[] ballots(UUID sessionId, UUID issuanceId) {
        DemoSession session = desk.find(sessionId);
        DemoIssuance issuance = issuance(sessionId, issuanceId);
        Scenario.DemoElection election = session.scenario().election();
        List<SpecimenPrinting.SpecimenBallot> ballots = election.contests().stream()
                .map(c -> new SpecimenPrinting.SpecimenBallot(election.nameKo(), c.titleKo(), c.districtKo(),
                        c.kind().partyList(), c.entries(), "1-" + String.format("%013d", random.nextLong(SERIAL_BOUND))))
                .toList();
        return printing.ballots(issuance.station().nameKo(), ballots, true);
    }

    public byte[] envelopeLabel(UUID sessionId, UUID issuanceId) {
        DemoSession session = desk.find(sessionId);
        DemoIssuance issuance = issuance(sessionId, issuanceId);
        if (issuance.inDistrict()) {
            throw new ProblemException(ExperienceError.DEMO_NO_RETURN_ENVELOPE, issuanceId);
        }
        return printing.envelopeLabel(new SpecimenPrinting.SpecimenLabel(Scenarios.COMMISSION_KO,
                Scenarios.COMMISSION_AREA_KO, issuance.envelopeCode(), session.scenario().election().nameKo(),
                issuance.station().nameKo()), true);
    }

    /** The demo voter cards, and one card whose number is on no list (to show NOT_ON_LIST). */
    public byte[] cards(UUID sessionId) {
        DemoSession session = desk.find(sessionId);
        List<DemoVoters.WithNumber> all = voters.withNumbers(sessionId);
        DemoNumber unlisted;
        do {
            unlisted = DemoNumber.random(random);
        } while (contains(all, unlisted));
        return DemoCardsPdf.render(session, all, unlisted);
    }

    private static boolean contains(List<DemoVoters.WithNumber> all, DemoNumber number) {
        return all.stream().anyMatch(v -> v.number().equals(number));
    }

    private DemoIssuance issuance(UUID sessionId, UUID issuanceId) {
        return issuances.find(sessionId, issuanceId)
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_ISSUANCE_NOT_FOUND, issuanceId));
    }
}
