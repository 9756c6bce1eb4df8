package kr.tupyo.experience.web;

import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import kr.tupyo.experience.internal.SessionStats;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk's and the server screen's calls, with the officer's signed-in session (and its CSRF
 * token) instead of a bearer token: the same use cases and answers as the API.
 */
@RestController
class ExperienceKioskActions {

    static final String PAGES = "/experience/sessions";

    private final ExperienceApiController api;

    ExperienceKioskActions(ExperienceApiController api) {
        this.api = api;
    }

    @PostMapping(PAGES + "/{id}/identifications")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    IdentificationView identify(@PathVariable UUID id, @RequestBody(required = false) ExperienceApiController.IdentificationBody body,
                                Locale locale) {
        return api.identify(id, body, locale);
    }

    @PostMapping(PAGES + "/{id}/issuances")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    IssuanceView issue(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                       @RequestBody(required = false) ExperienceApiController.IssuanceBody body, Locale locale) {
        return api.issue(id, key, body, PAGES, locale);
    }

    @GetMapping(PAGES + "/{id}/stats")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    SessionStats stats(@PathVariable UUID id) {
        return api.stats(id);
    }
}
