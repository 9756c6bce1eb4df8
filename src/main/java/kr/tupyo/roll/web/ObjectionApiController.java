package kr.tupyo.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.RollError;
import kr.tupyo.roll.internal.Objection;
import kr.tupyo.roll.internal.ObjectionDesk;
import kr.tupyo.roll.internal.ObjectionKind;
import kr.tupyo.roll.internal.Objections;
import kr.tupyo.roll.internal.RollQueries;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Objections (이의신청) to a draft voters list, filed during inspection and decided by a roll officer. */
@RestController
@Tag(name = "Voters list objections", description = "File and decide objections during the inspection period")
class ObjectionApiController {

    private final RollQueries queries;
    private final Objections objections;
    private final ObjectionDesk desk;

    ObjectionApiController(RollQueries queries, Objections objections, ObjectionDesk desk) {
        this.queries = queries;
        this.objections = objections;
        this.desk = desk;
    }

    record ObjectionView(String id, String kind, String rrnMasked, String claim, String filedBy, Instant filedAt,
                         String status, String decision, String decidedBy, Instant decidedAt) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id().toString(), o.kind().name(), o.rrnMasked(), o.claim(), o.filedBy(), o.filedAt(),
                    o.status(), o.decision(), o.decidedBy(), o.decidedAt());
        }
    }

    record NewObjection(ObjectionKind kind, String rrn, String claim) {
    }

    record NewDecision(Boolean accept, String reason) {
    }

    @GetMapping("/api/v1/elections/{id}/roll/objections")
    @RolesAllowed({"ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The election's objections in the order filed, with their decisions")
    List<ObjectionView> list(@PathVariable UUID id) {
        Election election = queries.election(id);
        return objections.of(election.id()).stream().map(ObjectionView::of).toList();
    }

    @PostMapping("/api/v1/elections/{id}/roll/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "File an objection for a person (kind OMISSION, WRONG_DETAILS or INELIGIBLE_ENTRY, their RRN, "
            + "the claim); only during the inspection period and while the list is a draft. An omission that accepting "
            + "would refuse is not filed: it answers 422 ROLL_OBJECTION_NOT_APPLICABLE with `why` NOT_ON_REGISTER (not "
            + "on the register the list was compiled from), ALREADY_ON_LIST, or OUTSIDE_ELECTION_AREA (in a by-election, "
            + "living where none of its contests is held, for them), and nothing is stored")
    ObjectionView file(@PathVariable UUID id, @RequestBody NewObjection body, Principal caller) {
        Election election = queries.election(id);
        if (body == null || body.kind() == null || body.claim() == null || body.claim().isBlank()) {
            throw new ProblemException(RollError.ROLL_INVALID_REQUEST, "kind, rrn and claim are required");
        }
        var rrn = RollQueries.rrn(body.rrn());
        return switch (desk.file(election, body.kind(), rrn, body.claim(), caller.getName())) {
            case ObjectionDesk.Filing.Filed f -> ObjectionView.of(objections.find(election.id(), f.id()).orElseThrow());
            case ObjectionDesk.Filing.NotCompiled n -> throw new ProblemException(RollError.ROLL_NOT_COMPILED);
            case ObjectionDesk.Filing.Finalised f -> throw new ProblemException(RollError.ROLL_ALREADY_FINALISED);
            case ObjectionDesk.Filing.Finalising f -> throw new ProblemException(RollError.ROLL_FINALISING);
            case ObjectionDesk.Filing.OutsideInspection o -> throw new ProblemException(RollError.ROLL_OUTSIDE_INSPECTION,
                    election.calendar().inspection().first(), election.calendar().inspection().last());
            // The refusal accepting it would meet, said before anything is stored.
            case ObjectionDesk.Filing.NotApplicable n -> throw ObjectionRefusals.whenFiling(n.why());
        };
    }

    @PostMapping("/api/v1/elections/{id}/roll/objections/{objectionId}/decision")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Accept or reject an objection with a reason; an accepted one changes the draft list at once "
            + "(omission → on the list with the next number of the 읍면동's last precinct; ineligible entry → "
            + "REMOVED_BY_OBJECTION; wrong details → noted in the entry's remarks). An objection that cannot be accepted as "
            + "filed answers 422 ROLL_OBJECTION_NOT_APPLICABLE with `why`: NOT_ON_REGISTER, ALREADY_ON_LIST, NOT_ON_LIST, or "
            + "OUTSIDE_ELECTION_AREA (an omission in a by-election of someone living where none of its contests is held, "
            + "for them); it changes nothing and is rejected with a reason instead. An omission's are checked at filing "
            + "too, and again here: the list may have changed since")
    ObjectionView decide(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestBody NewDecision body,
                         Principal caller) {
        Election election = queries.election(id);
        if (body == null || body.accept() == null || body.reason() == null || body.reason().isBlank()) {
            throw new ProblemException(RollError.ROLL_INVALID_REQUEST, "accept and reason are required");
        }
        return switch (desk.decide(election, objectionId, body.accept(), body.reason(), caller.getName())) {
            case ObjectionDesk.Decision.Decided d -> ObjectionView.of(d.objection());
            case ObjectionDesk.Decision.NotFound n -> throw new ProblemException(RollError.ROLL_OBJECTION_NOT_FOUND, objectionId);
            case ObjectionDesk.Decision.AlreadyDecided a -> throw new ProblemException(RollError.ROLL_OBJECTION_DECIDED);
            case ObjectionDesk.Decision.Finalised f -> throw new ProblemException(RollError.ROLL_ALREADY_FINALISED);
            case ObjectionDesk.Decision.Finalising f -> throw new ProblemException(RollError.ROLL_FINALISING);
            case ObjectionDesk.Decision.NotApplicable n -> throw ObjectionRefusals.whenAccepting(n.why());
        };
    }
}
