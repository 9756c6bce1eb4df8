package kr.tupyo.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.identity.IdentityAuditEvent;
import kr.tupyo.identity.IdentityError;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.StaffPrincipal;
import kr.tupyo.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: created by an administrator, shown once, stored hashed, revocable. */
@Service
public class StaffTokens {

    static final String PREFIX = "tpy_";

    private final ApiTokens tokens;
    private final AuthenticatedTokens authenticated;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    StaffTokens(ApiTokens tokens, AuthenticatedTokens authenticated, AuditLog audit) {
        this.tokens = tokens;
        this.authenticated = authenticated;
        this.audit = audit;
    }

    /** The token's secret is in the result and nowhere else. */
    public record IssuedToken(UUID id, String token) {
    }

    @Transactional
    public IssuedToken create(String name, Role role, String stationCode, String createdBy) {
        return create(name, role, stationCode, null, createdBy);
    }

    /** Station staff's tokens name their station, precinct officials' tokens their precinct. */
    @Transactional
    public IssuedToken create(String name, Role role, String stationCode, Long precinctId, String createdBy) {
        String station = StationBinding.check(role, stationCode);
        Long precinct = StationBinding.checkPrecinct(role, precinctId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        String label = name == null || name.isBlank() ? role.name().toLowerCase() : name.strip();
        tokens.insert(id, label, hash(token), role, station, precinct, createdBy);
        Map<String, String> details = new java.util.LinkedHashMap<>(StaffAccounts.binding(role, station, precinct));
        details.put("name", label);
        audit.record(IdentityAuditEvent.TOKEN_CREATED, "token:" + id, AuditOutcome.SUCCESS, details);
        return new IssuedToken(id, token);
    }

    @Transactional
    public void revoke(UUID id) {
        if (!tokens.revoke(id)) {
            throw new ProblemException(IdentityError.TOKEN_NOT_FOUND, id);
        }
        authenticated.forget(id); // at once here; other instances within seconds (AuthenticatedTokens)
        audit.record(IdentityAuditEvent.TOKEN_REVOKED, "token:" + id, AuditOutcome.SUCCESS);
    }

    public List<ApiToken> all() {
        return tokens.all();
    }

    /**
     * The caller a presented token stands for, if it is known and not revoked: from this instance's
     * {@link AuthenticatedTokens} when kept there, else from the database (which then records the use).
     */
    public Optional<StaffPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = hash(presented);
        Optional<StaffPrincipal> kept = authenticated.find(hash);
        if (kept.isPresent()) {
            return kept;
        }
        return tokens.findActiveByHash(hash).map(token -> {
            tokens.touch(token.id());
            var principal = new StaffPrincipal("token:" + token.name(), token.role(), token.stationCode(), token.precinctId());
            authenticated.keep(hash, token.id(), principal);
            return principal;
        });
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
