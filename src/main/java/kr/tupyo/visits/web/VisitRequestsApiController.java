package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.visits.MemberRole;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.Topic;
import kr.tupyo.visits.internal.Delegations;
import kr.tupyo.visits.internal.Member;
import kr.tupyo.visits.internal.TriageDecision;
import kr.tupyo.visits.internal.Visit;
import kr.tupyo.visits.internal.VisitRequest;
import kr.tupyo.visits.internal.VisitRequests;
import kr.tupyo.visits.internal.VisitView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits: requests", description = "Visit requests, triage and delegations")
class VisitRequestsApiController {

    /** Triage: decision is ACCEPT, DECLINE (reason required) or COUNTER_PROPOSE (from/to required). */
    record TriageBody(String decision, String reason, LocalDate from, LocalDate to) {
        TriageDecision toDecision() {
            return switch (decision == null ? "" : decision) {
                case "ACCEPT" -> new TriageDecision.Accept();
                case "DECLINE" -> new TriageDecision.Decline(reason);
                case "COUNTER_PROPOSE" -> new TriageDecision.CounterPropose(from, to, reason);
                default -> throw new kr.tupyo.platform.ProblemException(kr.tupyo.visits.VisitsError.VISIT_INVALID_REQUEST,
                        java.util.Map.of("field", "decision"), "decision");
            };
        }
    }

    record MemberBody(String fullName, String title, String organisation, String country, MemberRole role,
                      String dietaryNotes, String accessibilityNotes, String nameCardSpelling) {
    }

    /** A request as the API takes it; validated when turned into a {@link VisitRequest}. */
    record NewRequest(String organisation, PartnerType partnerType, String country, String requesterName,
                        String requesterEmail, String onBehalfOf, String purpose, List<Topic> topics,
                        LocalDate preferredFrom, LocalDate preferredTo, int delegationSize, List<String> languages,
                        String interpretationNeeds, String accessibilityNeeds) {
        VisitRequest toRequest() {
            return new VisitRequest(organisation, partnerType, country, requesterName, requesterEmail, onBehalfOf,
                    purpose, topics, preferredFrom, preferredTo, delegationSize, languages, interpretationNeeds,
                    accessibilityNeeds);
        }
    }

    record Created(UUID id) {
    }

    private final VisitRequests requests;
    private final Delegations delegations;
    private final VisitView view;

    VisitRequestsApiController(VisitRequests requests, Delegations delegations, VisitView view) {
        this.requests = requests;
        this.delegations = delegations;
        this.view = view;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Enter a visit request received by mail or phone; it lands in the triage queue")
    Created create(@RequestBody NewRequest request) {
        return new Created(requests.submit(request.toRequest(), "STAFF"));
    }

    @GetMapping("/queue")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "Requests waiting for triage, oldest first")
    List<Visit> queue() {
        return requests.queue();
    }

    @GetMapping("/{id}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "One visit with partner, delegation, programme (with tailoring reasons), bookings, gifts and report")
    VisitView.Whole get(@PathVariable UUID id, Locale locale) {
        return view.of(id, locale);
    }

    @PostMapping("/{id}/triage")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Accept, decline (with reason) or counter-propose dates for a request")
    Visit triage(@PathVariable UUID id, @RequestBody TriageBody body) {
        return requests.triage(id, body.toDecision());
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a delegation member")
    Created addMember(@PathVariable UUID id, @RequestBody MemberBody m) {
        return new Created(delegations.add(id, new Member(null, 0, m.fullName(), m.title(), m.organisation(),
                m.country(), m.role(), m.dietaryNotes(), m.accessibilityNotes(), m.nameCardSpelling())));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Remove a delegation member")
    void removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
        delegations.remove(id, memberId);
    }
}
