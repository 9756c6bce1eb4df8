package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests land in the triage queue and leave it accepted, declined with a reason, or counter-proposed. */
@TupyoIntegrationTest
class VisitTriageIT {

    @Autowired
    ApiClient api;
    VisitsApi visits;

    @BeforeEach
    void setUp() {
        visits = new VisitsApi(api);
    }

    @Test
    void acceptedRequestLeavesTheQueueAndBecomesAPartnersVisit() {
        UUID id = visits.submit(VisitsApi.request("Electoral Commission of Jamaica (triage)"));
        assertThat(api.get("/api/v1/visits/queue", visits.officer()).body()).contains(id.toString());

        var accepted = visits.triage(id, "ACCEPT", null, null, null);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("partnerId").isNull()).isFalse();
        assertThat(api.get("/api/v1/visits/queue", visits.officer()).body()).doesNotContain(id.toString());

        String partner = accepted.json().path("partnerId").asString();
        var history = api.get("/api/v1/visits/partners/" + partner, visits.officer());
        assertThat(history.json().path("partner").path("region").asString()).isEqualTo("AMERICAS");
        assertThat(history.body()).contains(id.toString());
    }

    @Test
    void declineNeedsAReasonAndIsFinal() {
        UUID id = visits.submit(VisitsApi.request("Declined Institute"));
        var noReason = visits.triage(id, "DECLINE", " ", null, null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problemCode()).isEqualTo("VISIT_DECLINE_REASON_REQUIRED");

        var declined = visits.triage(id, "DECLINE", "The commission is closed for the local elections", null, null);
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().path("decisionReason").asString()).contains("local elections");

        var acceptLater = visits.triage(id, "ACCEPT", null, null, null);
        assertThat(acceptLater.status()).isEqualTo(409);
        assertThat(acceptLater.problemCode()).isEqualTo("VISIT_INVALID_TRANSITION");
    }

    @Test
    void counterProposalKeepsTheRequestInTheQueueUntilAccepted() {
        UUID id = visits.submit(VisitsApi.request("Counter Proposal Body"));
        var backwards = visits.triage(id, "COUNTER_PROPOSE", "", "2027-04-10", "2027-04-01");
        assertThat(backwards.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");

        var counter = visits.triage(id, "COUNTER_PROPOSE", "Early voting that week", "2027-04-12", "2027-04-16");
        assertThat(counter.json().path("status").asString()).isEqualTo("COUNTER_PROPOSED");
        assertThat(counter.json().path("counterFrom").asString()).isEqualTo("2027-04-12");
        assertThat(api.get("/api/v1/visits/queue", visits.officer()).body()).contains(id.toString());

        assertThat(visits.triage(id, "ACCEPT", null, null, null).json().path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void observersReadButCannotTriage() {
        UUID id = visits.submit(VisitsApi.request("Observed Commission"));
        String observer = api.tokenFor(Role.OBSERVER);
        assertThat(api.get("/api/v1/visits/" + id, observer).status()).isEqualTo(200);
        var refused = api.postJson("/api/v1/visits/" + id + "/triage", observer, java.util.Map.of("decision", "ACCEPT"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/visits", api.tokenFor(Role.ROLL_OFFICER), VisitsApi.request("X")).status())
                .isEqualTo(403);
    }

    @Test
    void refusesInvalidDelegationMembersAndKeepsTheDelegationAsItWas() {
        UUID id = visits.accepted(VisitsApi.request("Member Checking Commission"));
        visits.addMember(id, "Valid Member", "Director", "Electoral Commission", "HEAD");
        String path = "/api/v1/visits/" + id + "/members";
        java.util.Map<String, Object> member = new java.util.LinkedHashMap<>();
        member.put("fullName", " ");
        member.put("organisation", "Electoral Commission");
        member.put("country", "JM");
        member.put("role", "MEMBER");
        var noName = api.postJson(path, visits.officer(), member);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(noName.json().path("field").asString()).isEqualTo("fullName");
        member.put("fullName", "Second Member");
        member.put("country", "XX");
        assertThat(api.postJson(path, visits.officer(), member).json().path("field").asString()).isEqualTo("country");
        member.put("country", "JM");
        member.put("nameCardSpelling", "x".repeat(201));
        assertThat(api.postJson(path, visits.officer(), member).json().path("field").asString()).isEqualTo("nameCardSpelling");
        member.put("nameCardSpelling", null);
        member.put("dietaryNotes", "y".repeat(2001));
        assertThat(api.postJson(path, visits.officer(), member).json().path("field").asString()).isEqualTo("dietaryNotes");
        var members = api.get("/api/v1/visits/" + id, visits.officer()).json().path("members");
        assertThat(members.size()).as("refusals add nobody").isEqualTo(1);
    }

    @Test
    void refusesInvalidRequests() {
        var badCountry = api.postJson("/api/v1/visits", visits.officer(), VisitsApi.request("Bad Country", "country", "XX"));
        assertThat(badCountry.problemCode()).isEqualTo("VISIT_INVALID_REQUEST");
        assertThat(badCountry.json().path("field").asString()).isEqualTo("country");
        var badDates = api.postJson("/api/v1/visits", visits.officer(),
                VisitsApi.request("Bad Dates", "preferredFrom", "2027-05-10", "preferredTo", "2027-05-01"));
        assertThat(badDates.json().path("field").asString()).isEqualTo("preferredDates");
    }
}
