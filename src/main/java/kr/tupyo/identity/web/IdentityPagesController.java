package kr.tupyo.identity.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.PasswordChangeRequired;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.identity.internal.StaffTokens;
import kr.tupyo.platform.HomeTile;
import kr.tupyo.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, and the administrators' pages for accounts and tokens. */
@Controller
class IdentityPagesController {

    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final MessageSource messages;

    IdentityPagesController(StaffAccounts accounts, StaffTokens tokens, MessageSource messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/login")
    @PermitAll
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER",
            "PRECINCT_OFFICIAL"})
    String passwordPage(jakarta.servlet.http.HttpSession session, Model model) {
        model.addAttribute("required", session.getAttribute(PasswordChangeRequired.SESSION_FLAG) != null);
        return "identity/password";
    }

    @PostMapping("/account/password")
    @RolesAllowed({"ADMIN", "ROLL_OFFICER", "STATION_OPERATOR", "STATION_SUPERVISOR", "VISITS_OFFICER", "OBSERVER",
            "PRECINCT_OFFICIAL"})
    String changePassword(@RequestParam String current, @RequestParam String password, Principal caller,
                          jakarta.servlet.http.HttpSession session, RedirectAttributes redirect, java.util.Locale locale) {
        try {
            accounts.changeOwnPassword(caller.getName(), current, password);
            session.removeAttribute(PasswordChangeRequired.SESSION_FLAG);
            redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
            return "redirect:/";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
            return "redirect:/account/password";
        }
    }

    @GetMapping("/admin/accounts")
    @RolesAllowed("ADMIN")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "identity/accounts";
    }

    @PostMapping("/admin/accounts")
    @RolesAllowed("ADMIN")
    String createAccount(@RequestParam String username, @RequestParam(required = false) String displayName,
                         @RequestParam Role role, @RequestParam(required = false) String stationId,
                         @RequestParam(required = false) Long precinctId, @RequestParam String password,
                         RedirectAttributes redirect, java.util.Locale locale) {
        try {
            accounts.create(username.strip().toLowerCase(), displayName, role, stationId, precinctId, password);
            redirect.addFlashAttribute("notice", messages.getMessage("identity.account.created", new Object[] {username}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/password")
    @RolesAllowed("ADMIN")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect,
                         java.util.Locale locale) {
        try {
            accounts.resetPassword(username, password);
            redirect.addFlashAttribute("notice", messages.getMessage("identity.password.reset", new Object[] {username}, locale));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/enabled")
    @RolesAllowed("ADMIN")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled) {
        accounts.setEnabled(username, enabled);
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/tokens")
    @RolesAllowed("ADMIN")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("roles", Role.values());
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens")
    @RolesAllowed("ADMIN")
    String createToken(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) String stationId,
                       @RequestParam(required = false) Long precinctId, Principal caller, RedirectAttributes redirect,
                       java.util.Locale locale) {
        try {
            redirect.addFlashAttribute("issued", tokens.create(name, role, stationId, precinctId, caller.getName()));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    @RolesAllowed("ADMIN")
    String revokeToken(@PathVariable UUID id) {
        tokens.revoke(id);
        return "redirect:/admin/tokens";
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiles {
        @Bean
        HomeTile accountsTile() {
            return new HomeTile("identity.tile.accounts.title", "identity.tile.accounts.description",
                    "/admin/accounts", Set.of("ADMIN"), 800);
        }

        @Bean
        HomeTile tokensTile() {
            return new HomeTile("identity.tile.tokens.title", "identity.tile.tokens.description",
                    "/admin/tokens", Set.of("ADMIN"), 810);
        }
    }
}
