package kr.tupyo.election.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import kr.tupyo.election.AreaCode;
import kr.tupyo.election.Ballot;
import kr.tupyo.election.BallotEntry;
import kr.tupyo.election.Contest;
import kr.tupyo.election.ContestId;
import kr.tupyo.election.ContestKind;
import kr.tupyo.election.ContestResolver;
import kr.tupyo.election.Contests;
import kr.tupyo.election.ElectionError;
import kr.tupyo.election.ElectionId;
import kr.tupyo.election.Elections;
import kr.tupyo.election.VoterContests;
import kr.tupyo.election.internal.ContestAdministration;
import kr.tupyo.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contests with their districts and ballots, and which contests a voter votes in. */
@RestController
@Tag(name = "Contests and ballots", description = "Contests, districts, ballots, and the contests of a voter's 읍면동")
class ContestApiController {

    private final Elections elections;
    private final Contests contests;
    private final ContestResolver resolver;
    private final ContestAdministration administration;

    ContestApiController(Elections elections, Contests contests, ContestResolver resolver,
                         ContestAdministration administration) {
        this.elections = elections;
        this.contests = contests;
        this.resolver = resolver;
        this.administration = administration;
    }

    record NewContest(@NotNull ContestKind kind, @NotBlank String name, String ballotTitle, List<String> areas) {
    }

    record ContestNames(@NotBlank String name, String ballotTitle) {
    }

    record NewBallotEntry(Integer number, String party, String candidateName) {
    }

    @GetMapping("/api/v1/elections/{id}/contests")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The election's contests in ballot order, with their districts (area codes)")
    List<Contest> list(@PathVariable UUID id) {
        return contests.of(election(id));
    }

    @PostMapping("/api/v1/elections/{id}/contests")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add a contest: kind, name, ballot title and district as 2-, 5- or 10-digit area codes "
            + "(none for a nationwide contest); districts of the same kind may not overlap. Refused with 409 CONTESTS_FIXED "
            + "once the election's voters list is finalised (or being finalised)")
    Contest create(@PathVariable UUID id, @Valid @RequestBody NewContest request) {
        return administration.create(election(id), request.kind(), request.name(), request.ballotTitle(), request.areas());
    }

    @GetMapping("/api/v1/elections/{id}/contests/{contestId}/ballot")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "A contest's ballot: title and lines in ballot order (candidates, or parties on a party list)")
    Ballot ballot(@PathVariable UUID id, @PathVariable UUID contestId) {
        contest(id, contestId);
        return contests.ballot(new ContestId(contestId)).orElseThrow();
    }

    @PutMapping("/api/v1/elections/{id}/contests/{contestId}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Change a contest's name and ballot title; to change its district, remove it and add it again")
    Contest rename(@PathVariable UUID id, @PathVariable UUID contestId, @Valid @RequestBody ContestNames request) {
        return administration.rename(contest(id, contestId).id(), request.name(), request.ballotTitle());
    }

    @DeleteMapping("/api/v1/elections/{id}/contests/{contestId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Remove a contest with its ballot; refused with 409 CONTESTS_FIXED once the election's voters "
            + "list is finalised (or being finalised)")
    void delete(@PathVariable UUID id, @PathVariable UUID contestId) {
        administration.delete(contest(id, contestId).id());
    }

    @PostMapping("/api/v1/elections/{id}/contests/{contestId}/ballot")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add a candidate (name, party optional) or, on a party list, a party; number defaults to the next free one")
    BallotEntry addEntry(@PathVariable UUID id, @PathVariable UUID contestId, @RequestBody NewBallotEntry request) {
        return administration.addEntry(contest(id, contestId).id(), request.number(), request.party(),
                request.candidateName());
    }

    @DeleteMapping("/api/v1/elections/{id}/contests/{contestId}/ballot/{number}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Remove a line from a ballot")
    void removeEntry(@PathVariable UUID id, @PathVariable UUID contestId, @PathVariable int number) {
        administration.removeEntry(contest(id, contestId).id(), number);
    }

    @GetMapping("/api/v1/elections/{id}/voter-contests")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER", "VISITS_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "The contests a voter registered in this 읍면동 votes in, and the smallest contested district "
            + "(in-district area for early voting); constituencyVote=false for an overseas voter under 3 months")
    VoterContests voterContests(@PathVariable UUID id, @RequestParam String emdCode,
                                @RequestParam(defaultValue = "true") boolean constituencyVote) {
        if (!AreaCode.isEmdCode(emdCode)) {
            throw new ProblemException(ElectionError.INVALID_DISTRICT, "a 읍면동 code has 10 digits: " + emdCode);
        }
        return resolver.resolve(election(id), emdCode, constituencyVote);
    }

    private ElectionId election(UUID id) {
        ElectionId electionId = new ElectionId(id);
        elections.find(electionId).orElseThrow(() -> new ProblemException(ElectionError.ELECTION_NOT_FOUND, id));
        return electionId;
    }

    private Contest contest(UUID electionId, UUID contestId) {
        return contests.find(new ContestId(contestId)).filter(c -> c.election().value().equals(electionId))
                .orElseThrow(() -> new ProblemException(ElectionError.CONTEST_NOT_FOUND, contestId));
    }
}
