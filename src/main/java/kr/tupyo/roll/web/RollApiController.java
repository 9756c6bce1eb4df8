package kr.tupyo.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import kr.tupyo.election.Election;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.roll.RollError;
import kr.tupyo.roll.internal.Compilations;
import kr.tupyo.roll.internal.Finalisation;
import kr.tupyo.roll.internal.JobKind;
import kr.tupyo.roll.internal.Objections;
import kr.tupyo.roll.internal.RollEntries;
import kr.tupyo.roll.internal.RollEntry;
import kr.tupyo.roll.internal.RollJobs;
import kr.tupyo.roll.internal.RollPrecincts;
import kr.tupyo.roll.internal.RollQueries;
import kr.tupyo.roll.internal.VotersLists;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The voters list of an election: compile, state and counts, voters by precinct, finalise. */
@RestController
@Tag(name = "Voters list", description = "Compile, inspect and finalise an election's voters list (선거인명부)")
class RollApiController {

    static final String READERS_OF_PERSONAL_DATA = "ROLL_OFFICER";

    private final RollQueries queries;
    private final VotersLists lists;
    private final Objections objections;
    private final RollJobs jobs;
    private final Compilations compilations;
    private final Finalisation finalisation;
    private final RollPrecincts precincts;
    private final RollEntries entries;

    RollApiController(RollQueries queries, VotersLists lists, Objections objections, RollJobs jobs,
                      Compilations compilations, Finalisation finalisation, RollPrecincts precincts, RollEntries entries) {
        this.queries = queries;
        this.lists = lists;
        this.objections = objections;
        this.jobs = jobs;
        this.compilations = compilations;
        this.finalisation = finalisation;
        this.precincts = precincts;
        this.entries = entries;
    }

    @PostMapping("/api/v1/elections/{id}/roll/compile")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Compile (or re-compile, while a draft) the voters list as a background job: 202 with the job; "
            + "follow it at /api/v1/jobs/{jobId}. A compilation already queued or running is returned instead of a new one.")
    ResponseEntity<JobView> compile(@PathVariable UUID id, Principal caller) {
        Election election = queries.election(id);
        return switch (compilations.request(election, caller.getName())) {
            case Compilations.Request.Accepted a -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", "/api/v1/jobs/" + a.job().id()).body(JobView.of(a.job()));
            case Compilations.Request.Finalised f -> throw new ProblemException(RollError.ROLL_ALREADY_FINALISED);
            case Compilations.Request.Finalising f -> throw new ProblemException(RollError.ROLL_FINALISING);
        };
    }

    @GetMapping("/api/v1/elections/{id}/roll")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER"})
    @Operation(summary = "The list's status (NOT_COMPILED, COMPILED, FINALISING, FINALISED), reference date, residents, "
            + "voters, counts per exclusion reason, digest, pending objections, the latest compilation and finalisation jobs")
    RollView state(@PathVariable UUID id) {
        Election election = queries.election(id);
        return RollView.of(election, lists.find(election.id()).orElse(null), lists.reasonCounts(election.id()),
                objections.pending(election.id()), jobs.latest(election.id(), JobKind.COMPILE).orElse(null),
                jobs.latest(election.id(), JobKind.FINALISE).orElse(null));
    }

    record VoterView(long id, int voterNumber, String name, String rrnMasked, String birthDate, String sex, String address,
                     String residenceType, boolean constituencyVote, String remarks) {
        static VoterView of(RollEntry e) {
            return new VoterView(e.id(), e.voterNumber(), e.name(), e.rrnMasked(), e.birthDate().toString(), e.sex(),
                    e.address(), e.residenceType(), e.constituencyVote(), e.remarks());
        }
    }

    record VoterPage(long precinct, String precinctName, String emdCode, long total, List<VoterView> voters,
                     Integer nextAfter) {
    }

    @GetMapping("/api/v1/elections/{id}/roll/voters")
    @RolesAllowed({"ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "A precinct's voters in voter-number order, a page at a time: pass the last number seen as `after`")
    VoterPage voters(@PathVariable UUID id, @RequestParam long precinct, @RequestParam(defaultValue = "0") int after,
                     @RequestParam(defaultValue = "100") int limit) {
        Election election = queries.election(id);
        queries.list(election);
        var p = precincts.find(election.id(), precinct)
                .orElseThrow(() -> new ProblemException(RollError.ROLL_PRECINCT_NOT_FOUND, precinct));
        int size = Math.clamp(limit, 1, 1000);
        List<RollEntry> page = entries.inPrecinct(election.id(), p.id(), after, size);
        Integer next = page.size() == size ? page.getLast().voterNumber() : null;
        return new VoterPage(p.id(), p.name(), p.emdCode(), entries.countInPrecinct(election.id(), p.id()),
                page.stream().map(VoterView::of).toList(), next);
    }

    record PrecinctView(long id, String emdCode, int seq, String name, String pollingPlace) {
    }

    @GetMapping("/api/v1/elections/{id}/roll/precincts")
    @RolesAllowed({"ROLL_OFFICER", "OBSERVER", "ADMIN"})
    @Operation(summary = "The precincts the compiled list uses, in official order within each 읍면동")
    List<PrecinctView> precincts(@PathVariable UUID id) {
        Election election = queries.election(id);
        return precincts.of(election.id()).stream()
                .map(p -> new PrecinctView(p.id(), p.emdCode(), p.seq(), p.name(), p.pollingPlace())).toList();
    }

    @PostMapping("/api/v1/elections/{id}/roll/finalise")
    @RolesAllowed("ROLL_OFFICER")
    @Operation(summary = "Finalise the list as a background job: refused at once while objections are pending (409 "
            + "ROLL_OBJECTIONS_PENDING) or a compilation is queued or running (409 ROLL_COMPILATION_RUNNING, with the "
            + "compilation's `job` id to follow); else the list becomes FINALISING (the database refuses any change to it), and 202 with "
            + "the job (follow it at /api/v1/jobs/{jobId}). The job digests the list (docs/formats/voters-list-digest.md), "
            + "makes it FINALISED and publishes the digest. Asking again while it runs returns the same job. Refused with "
            + "409 ROLL_CONTESTS_CHANGED (added, removed) when a contest was added or removed since the draft was compiled: "
            + "compile it again.")
    ResponseEntity<JobView> finalise(@PathVariable UUID id, Principal caller) {
        Election election = queries.election(id);
        return switch (finalisation.request(election, caller.getName())) {
            case Finalisation.Result.Accepted a -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", "/api/v1/jobs/" + a.job().id()).body(JobView.of(a.job()));
            case Finalisation.Result.NotCompiled n -> throw new ProblemException(RollError.ROLL_NOT_COMPILED);
            case Finalisation.Result.AlreadyFinalised a -> throw new ProblemException(RollError.ROLL_ALREADY_FINALISED);
            case Finalisation.Result.ObjectionsPending p -> throw new ProblemException(RollError.ROLL_OBJECTIONS_PENDING,
                    java.util.Map.of("pending", p.pending()), p.pending());
            case Finalisation.Result.CompilationRunning c -> throw new ProblemException(RollError.ROLL_COMPILATION_RUNNING,
                    java.util.Map.of("job", c.job().id().toString()), c.job().id());
            case Finalisation.Result.ContestsChanged c -> throw new ProblemException(RollError.ROLL_CONTESTS_CHANGED,
                    java.util.Map.of("added", ids(c.added()), "removed", ids(c.removed())));
        };
    }

    private static java.util.List<String> ids(java.util.Set<kr.tupyo.election.ContestId> contests) {
        return contests.stream().map(c -> c.value().toString()).sorted().toList();
    }
}
