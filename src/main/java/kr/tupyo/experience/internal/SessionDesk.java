package kr.tupyo.experience.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.experience.ExperienceAuditEvent;
import kr.tupyo.experience.ExperienceError;
import kr.tupyo.experience.ExperienceRoom;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, resets, closes and deletes demo sessions. A session gets its demo voters when it starts:
 * the guests plus spares, the last spare deliberately blocked (to show BLOCKED).
 */
@Service
public class SessionDesk implements ExperienceRoom {

    static final int MAX_GUESTS = 200;
    /** The reason code of the one blocked demo voter (messages {@code experience.blocked.<code>}). */
    static final String BLOCKED_REASON = "DISQUALIFIED";

    private final DemoSessions sessions;
    private final DemoVoters voters;
    private final DemoIdentifications identifications;
    private final DemoIssuances issuances;
    private final DemoIdempotencyKeys keys;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SessionDesk(DemoSessions sessions, DemoVoters voters, DemoIdentifications identifications, DemoIssuances issuances,
                DemoIdempotencyKeys keys, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.voters = voters;
        this.identifications = identifications;
        this.issuances = issuances;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an officer asks for. */
    public record NewSession(String scenario, String title, Integer guests, String language) {
    }

    /** Spares on top of the guests: a fifth, at least three (one of them the blocked voter). */
    static int spares(int guests) {
        return Math.max(3, (guests + 4) / 5);
    }

    @Transactional
    public DemoSession start(NewSession request) {
        return start(request, null);
    }

    @Override
    @Transactional
    public UUID startForVisit(VisitDemo demo) {
        String language = demo.languages().isEmpty() || !"ko".equalsIgnoreCase(demo.languages().getFirst().strip())
                ? "en" : "ko";
        int guests = Math.clamp(demo.delegationSize(), 1, MAX_GUESTS);
        return start(new NewSession(demo.scenario(), demo.organisation(), guests, language), demo.visitId()).id();
    }

    private DemoSession start(NewSession request, UUID visitId) {
        Scenario scenario = Scenario.parse(request.scenario())
                .orElseThrow(() -> new ProblemException(ExperienceError.INVALID_DEMO_SESSION, Map.of("field", "scenario")));
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new ProblemException(ExperienceError.INVALID_DEMO_SESSION, Map.of("field", "title"));
        }
        if (request.guests() == null || request.guests() < 1 || request.guests() > MAX_GUESTS) {
            throw new ProblemException(ExperienceError.INVALID_DEMO_SESSION, Map.of("field", "guests"));
        }
        String language = "ko".equalsIgnoreCase(request.language()) ? "ko" : "en";
        String owner = StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
        DemoSession session = new DemoSession(UUID.randomUUID(), scenario, title, language, request.guests(), visitId,
                owner, "OPEN", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), null, 0);
        sessions.insert(session);
        voters.insert(session.id(), demoVoters(request.guests() + spares(request.guests())));
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("scenario", scenario.name());
        details.put("guests", Integer.toString(request.guests()));
        if (visitId != null) {
            details.put("visit", visitId.toString());
        }
        audit.record(ExperienceAuditEvent.DEMO_SESSION_CREATED, target(session.id()), AuditOutcome.SUCCESS, details);
        return session;
    }

    private List<DemoVoters.New> demoVoters(int count) {
        Set<DemoNumber> numbers = new HashSet<>();
        List<DemoVoters.New> list = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            DemoNumber number;
            do {
                number = DemoNumber.random(random);
            } while (!numbers.add(number));
            list.add(new DemoVoters.New(seq, DemoNames.next(random), number, seq == count ? BLOCKED_REASON : null));
        }
        return list;
    }

    public DemoSession find(UUID id) {
        return sessions.find(id).orElseThrow(() -> new ProblemException(ExperienceError.DEMO_SESSION_NOT_FOUND, id));
    }

    public List<DemoSession> recent() {
        return sessions.recent(100);
    }

    public List<DemoSession> ofVisit(UUID visitId) {
        return sessions.ofVisit(visitId);
    }

    public List<DemoVoter> voters(UUID id) {
        find(id);
        return voters.of(id);
    }

    /** Wipes the session's identifications and issuances (its demo voters and cards stay valid). */
    @Transactional
    public DemoSession reset(UUID id) {
        DemoSession session = sessions.lock(id)
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_SESSION_NOT_FOUND, id));
        int issued = issuances.countOf(id);
        keys.deleteOf(id);
        int identified = identifications.deleteOf(id);
        sessions.countReset(id);
        audit.record(ExperienceAuditEvent.DEMO_SESSION_RESET, target(id), AuditOutcome.SUCCESS,
                Map.of("identifications", Integer.toString(identified), "issuances", Integer.toString(issued)));
        return find(session.id());
    }

    @Transactional
    public DemoSession close(UUID id) {
        DemoSession session = sessions.lock(id)
                .orElseThrow(() -> new ProblemException(ExperienceError.DEMO_SESSION_NOT_FOUND, id));
        if (session.open()) {
            sessions.close(id, clock.instant());
            audit.record(ExperienceAuditEvent.DEMO_SESSION_CLOSED, target(id), AuditOutcome.SUCCESS);
        }
        return find(id);
    }

    @Transactional
    public void delete(UUID id) {
        sessions.lock(id).orElseThrow(() -> new ProblemException(ExperienceError.DEMO_SESSION_NOT_FOUND, id));
        sessions.delete(id);
        audit.record(ExperienceAuditEvent.DEMO_SESSION_DELETED, target(id), AuditOutcome.SUCCESS);
    }

    static String target(UUID session) {
        return "demo-session:" + session;
    }
}
