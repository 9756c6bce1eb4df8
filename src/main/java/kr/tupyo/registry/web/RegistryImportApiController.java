package kr.tupyo.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.RegistryError;
import kr.tupyo.registry.internal.DisqualificationImport;
import kr.tupyo.registry.internal.DivisionImport;
import kr.tupyo.registry.internal.EventImport;
import kr.tupyo.registry.internal.ExtractImport;
import kr.tupyo.registry.internal.ImportJobs;
import kr.tupyo.registry.internal.ImportKind;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports into the register (multipart {@code file}): 201 with the report, 422 {@code IMPORT_REJECTED}
 * listing every error, 409 {@code DUPLICATE_IMPORT} for a file already accepted.
 */
@RestController
@Tag(name = "Registry imports", description = "Division tables, resident-register extracts, change events, disqualifications")
class RegistryImportApiController {

    private final RegistryImports imports;
    private final ImportJobs jobs;
    private final DivisionImport divisions;
    private final ExtractImport extracts;
    private final EventImport events;
    private final DisqualificationImport disqualifications;
    private final MessageSource messages;

    RegistryImportApiController(RegistryImports imports, ImportJobs jobs, DivisionImport divisions,
                                ExtractImport extracts, EventImport events, DisqualificationImport disqualifications,
                                MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.divisions = divisions;
        this.extracts = extracts;
        this.events = events;
        this.disqualifications = disqualifications;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/registry/divisions")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Import a division table (docs/formats/divisions.md), in force from effectiveDate (default today)")
    ImportView importDivisions(@RequestParam("file") MultipartFile file,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                               @RequestParam(required = false) UUID importId, Principal caller, Locale locale) {
        return imports.run(divisions, file, effectiveDate, importId, caller.getName(), locale);
    }

    @PostMapping(path = "/api/v1/registry/extracts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Import a full resident-register extract as of extractDate (default today); "
            + "docs/formats/resident-extract.md")
    ImportView importExtract(@RequestParam("file") MultipartFile file,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate extractDate,
                             @RequestParam(required = false) UUID importId, Principal caller, Locale locale) {
        return imports.run(extracts, file, extractDate, importId, caller.getName(), locale);
    }

    @PostMapping(path = "/api/v1/registry/events")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Apply change events (docs/formats/change-events.md) in order of effective date; "
            + "events already applied are skipped")
    ImportView importEvents(@RequestParam("file") MultipartFile file,
                            @RequestParam(required = false) UUID importId, Principal caller, Locale locale) {
        return imports.run(events, file, null, importId, caller.getName(), locale);
    }

    @PostMapping(path = "/api/v1/registry/disqualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Import disqualification notices (docs/formats/disqualifications.md)")
    ImportView importDisqualifications(@RequestParam("file") MultipartFile file,
                                       @RequestParam(required = false) UUID importId, Principal caller,
                                       Locale locale) {
        return imports.run(disqualifications, file, null, importId, caller.getName(), locale);
    }

    @GetMapping("/api/v1/registry/imports")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "The newest imports (without their issue lists), optionally of one kind")
    List<ImportView> list(@RequestParam(required = false) ImportKind kind,
                          @RequestParam(defaultValue = "50") int limit, Locale locale) {
        return jobs.newest(kind, Math.clamp(limit, 1, 500)).stream()
                .map(r -> ImportView.of(r, messages, locale).summary()).toList();
    }

    @GetMapping("/api/v1/registry/imports/{id}")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    @Operation(summary = "One import with its progress and its full report (errors and warnings by line and column)")
    ImportView one(@PathVariable UUID id, Locale locale) {
        return jobs.find(id).map(r -> ImportView.of(r, messages, locale))
                .orElseThrow(() -> new ProblemException(RegistryError.IMPORT_NOT_FOUND, id));
    }
}
