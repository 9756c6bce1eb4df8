package kr.tupyo.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.visits.PartnerType;
import kr.tupyo.visits.VisitsError;
import kr.tupyo.visits.internal.Partner;
import kr.tupyo.visits.internal.PartnerContact;
import kr.tupyo.visits.internal.PartnerRegister;
import kr.tupyo.visits.internal.Partners;
import kr.tupyo.visits.internal.Visits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/visits/partners")
@Tag(name = "Visits: partners", description = "Partner organisations and their history")
class VisitPartnersApiController {

    record NewPartner(String name, PartnerType type, String country, String contactName, String contactEmail,
                      String contactPhone, String electoralNotes) {
    }

    record PartnerBody(String contactName, String contactEmail, String contactPhone, String electoralNotes) {
    }

    record Created(UUID id) {
    }

    record NewContact(String name, String title, String email, String phone) {
    }

    private final Partners partners;
    private final PartnerRegister register;
    private final Visits visits;

    VisitPartnersApiController(Partners partners, PartnerRegister register, Visits visits) {
        this.partners = partners;
        this.register = register;
        this.visits = visits;
    }

    @GetMapping
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "All partner organisations")
    List<Partner> partners() {
        return partners.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Register a partner organisation before any request (requests are also linked on acceptance)")
    Created create(@RequestBody NewPartner p) {
        return new Created(register.create(p.name(), p.type(), p.country(), p.contactName(), p.contactEmail(),
                p.contactPhone(), p.electoralNotes()));
    }

    @GetMapping("/{partnerId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "A partner and its whole history of visits")
    Map<String, Object> partner(@PathVariable UUID partnerId) {
        Partner p = partners.find(partnerId)
                .orElseThrow(() -> new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId));
        return Map.of("partner", p, "visits", visits.ofPartner(partnerId));
    }

    @PutMapping("/{partnerId}")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Change the electoral-system notes used in briefings (contact fields, when given, change the first contact)")
    Partner update(@PathVariable UUID partnerId, @RequestBody PartnerBody b) {
        return register.update(partnerId, b.contactName(), b.contactEmail(), b.contactPhone(), b.electoralNotes());
    }

    @GetMapping("/{partnerId}/contacts")
    @RolesAllowed({"VISITS_OFFICER", "ADMIN", "OBSERVER"})
    @Operation(summary = "A partner's current contacts, first added first")
    List<PartnerContact> contacts(@PathVariable UUID partnerId) {
        if (!partners.exists(partnerId)) {
            throw new ProblemException(VisitsError.VISIT_PARTNER_NOT_FOUND, partnerId);
        }
        return partners.contacts(partnerId);
    }

    @PostMapping("/{partnerId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Add a contact to a partner (name required; title or role, e-mail and phone optional)")
    PartnerContact addContact(@PathVariable UUID partnerId, @RequestBody NewContact c) {
        return register.addContact(partnerId, c.name(), c.title(), c.email(), c.phone());
    }

    @DeleteMapping("/{partnerId}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed({"VISITS_OFFICER", "ADMIN"})
    @Operation(summary = "Remove a contact from a partner (kept, with the time, in the partner's history)")
    void removeContact(@PathVariable UUID partnerId, @PathVariable UUID contactId) {
        register.removeContact(partnerId, contactId);
    }
}
