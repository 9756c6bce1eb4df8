package kr.tupyo.earlyvoting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.UUID;
import kr.tupyo.earlyvoting.EarlyVotingError;
import kr.tupyo.earlyvoting.internal.IdentificationRequest;
import kr.tupyo.earlyvoting.internal.StationTimers;
import kr.tupyo.earlyvoting.internal.VoterIdentification;
import kr.tupyo.election.ElectionId;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.InvalidResidentRegistrationNumberException;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Identification of a person at the caller's own station. */
@RestController
@Tag(name = "Early voting", description = "Identification, exactly-once issuance, ballots and envelope labels, the station day")
class IdentificationApiController {

    private final VoterIdentification identification;
    private final StationTimers timers;

    IdentificationApiController(VoterIdentification identification, StationTimers timers) {
        this.identification = identification;
        this.timers = timers;
    }

    /** Either {@code rrn} (as scanned from the ID card or typed), or {@code name} with {@code birthDate}. */
    record IdentificationBody(UUID electionId, String rrn, String name, LocalDate birthDate) {
    }

    @PostMapping("/api/v1/early-voting/identifications")
    @RolesAllowed({"STATION_OPERATOR", "STATION_SUPERVISOR"})
    @Operation(summary = "Identify a person at the caller's station by RRN, or by name and birth date",
            description = "Answers the masked RRN, name, birth date, home district, in-district (관내) or not, the contests, "
                    + "and status ELIGIBLE | ALREADY_ISSUED (station, time) | NOT_ON_LIST | BLOCKED (reason), with the "
                    + "identificationId to issue on. Only while the station is open within early-voting hours.")
    public IdentificationView identify(@RequestBody IdentificationBody body) {
        if (body == null || body.electionId() == null) {
            throw new ProblemException(EarlyVotingError.INVALID_IDENTIFICATION_REQUEST);
        }
        IdentificationRequest request = request(body);
        return IdentificationView.of(timers.identification(() -> identification.identify(new ElectionId(body.electionId()), request)));
    }

    private static IdentificationRequest request(IdentificationBody body) {
        boolean byRrn = body.rrn() != null && !body.rrn().isBlank();
        boolean byName = body.name() != null && !body.name().isBlank() && body.birthDate() != null;
        if (byRrn == byName) {
            throw new ProblemException(EarlyVotingError.INVALID_IDENTIFICATION_REQUEST);
        }
        if (byName) {
            return new IdentificationRequest.ByNameAndBirthDate(body.name(), body.birthDate());
        }
        try {
            return new IdentificationRequest.ByRrn(ResidentRegistrationNumber.parse(body.rrn().strip()));
        } catch (InvalidResidentRegistrationNumberException e) {
            throw new ProblemException(EarlyVotingError.INVALID_IDENTIFICATION_REQUEST);
        }
    }
}
