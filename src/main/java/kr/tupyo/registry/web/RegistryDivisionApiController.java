package kr.tupyo.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kr.tupyo.platform.PlatformError;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.Division;
import kr.tupyo.registry.Divisions;
import kr.tupyo.registry.Sido;
import kr.tupyo.registry.Sigungu;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The divisions in force today. */
@RestController
@Tag(name = "Divisions", description = "시도, 시군구 and 읍면동 of the division table in force")
class RegistryDivisionApiController {

    private final Divisions divisions;

    RegistryDivisionApiController(Divisions divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/api/v1/registry/sido")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Every 시도")
    List<Sido> sidos() {
        return divisions.sidos();
    }

    @GetMapping("/api/v1/registry/sigungu")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "Every 시군구, or those of one 시도")
    List<Sigungu> sigungus(@RequestParam(required = false) String sido) {
        return divisions.sigungus(sido);
    }

    @GetMapping("/api/v1/registry/emd")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The 읍면동 of one 시군구")
    List<Division> emds(@RequestParam String sgg) {
        return divisions.emds(sgg);
    }

    @GetMapping("/api/v1/registry/emd/{code}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "One 읍면동 by its 10-digit code")
    Division emd(@PathVariable String code) {
        return divisions.emd(code).orElseThrow(() -> new ProblemException(PlatformError.NOT_FOUND));
    }
}
