package kr.tupyo.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.Account;
import kr.tupyo.identity.internal.ApiToken;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.identity.internal.StaffTokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and API tokens, for administrators. */
@RestController
@Tag(name = "Accounts and tokens", description = "Staff accounts and API tokens (administrators)")
class IdentityApiController {

    private final StaffAccounts accounts;
    private final StaffTokens tokens;

    IdentityApiController(StaffAccounts accounts, StaffTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record NewToken(String name, @NotNull Role role, String stationId, Long precinctId) {
    }

    record NewAccount(@NotBlank String username, String displayName, @NotNull Role role, String stationId,
                      Long precinctId, @NotBlank String password) {
    }

    record NewPassword(@NotBlank String password) {
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create an API token (HTTP Basic with an administrator's password, or an admin token); "
            + "station staff need a stationId, precinct officials a precinctId; the token is in this answer only")
    StaffTokens.IssuedToken createToken(@Valid @RequestBody NewToken request, Principal caller) {
        return tokens.create(request.name(), request.role(), request.stationId(), request.precinctId(), caller.getName());
    }

    @GetMapping("/api/v1/tokens")
    @RolesAllowed("ADMIN")
    @Operation(summary = "List API tokens (never their secrets)")
    List<ApiToken> listTokens() {
        return tokens.all();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Revoke an API token; it stops working at once on every instance")
    void revokeToken(@PathVariable UUID id) {
        tokens.revoke(id);
    }

    @GetMapping("/api/v1/accounts")
    @RolesAllowed("ADMIN")
    @Operation(summary = "List staff accounts")
    List<Account> listAccounts() {
        return accounts.all();
    }

    @PostMapping("/api/v1/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create a staff account; station staff need a stationId, precinct officials a precinctId")
    Account createAccount(@Valid @RequestBody NewAccount request) {
        return accounts.create(request.username(), request.displayName(), request.role(), request.stationId(),
                request.precinctId(), request.password());
    }

    @PostMapping("/api/v1/accounts/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Set a new password for an account")
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword request) {
        accounts.resetPassword(username, request.password());
    }

    @PostMapping("/api/v1/accounts/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Disable an account: it can no longer sign in")
    void disable(@PathVariable String username) {
        accounts.setEnabled(username, false);
    }

    @PostMapping("/api/v1/accounts/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Enable a disabled account")
    void enable(@PathVariable String username) {
        accounts.setEnabled(username, true);
    }
}
