package kr.tupyo.registry.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.registry.RegistryError;
import kr.tupyo.registry.internal.ImportJobs;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An import's progress for the import page's progress bar (static/js/registry/imports.js), in the page chain (session
 * sign-in). A {@code @RestController} and not a page controller's {@code @ResponseBody} method, so that an unknown or
 * malformed id answers problem+json like every API ({@code IMPORT_NOT_FOUND}, {@code MALFORMED_REQUEST}), not a bare
 * 404 or the HTML error page. The page polls before the upload has created the import: a 404 then is expected.
 */
@RestController
class ImportProgressJsonController {

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportProgressJsonController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/registry/imports/{id}/progress")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "OBSERVER"})
    ImportView progress(@PathVariable UUID id, Locale locale) {
        return jobs.find(id).map(r -> ImportView.of(r, messages, locale).summary())
                .orElseThrow(() -> new ProblemException(RegistryError.IMPORT_NOT_FOUND, id));
    }
}
