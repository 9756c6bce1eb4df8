package kr.tupyo.visits.internal;

import java.util.Map;
import java.util.UUID;
import kr.tupyo.audit.AuditLog;
import kr.tupyo.audit.AuditOutcome;
import kr.tupyo.visits.VisitsAuditEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a request from the public form after the anti-abuse checks: an empty honeypot field, a
 * plausible time to fill, and the per-address rate limit. Refusals are values, and audited.
 */
@Service
public class PublicRequestDesk {

    public sealed interface Verdict {
        record Accepted(UUID visitId) implements Verdict {
        }

        /** A bot filled the hidden field: it is told "thank you" and nothing is stored. */
        record Trapped() implements Verdict {
        }

        record Refused(FormTokens.Check check) implements Verdict {
        }

        record RateLimited() implements Verdict {
        }
    }

    private final FormTokens tokens;
    private final FormRateLimit rateLimit;
    private final VisitRequests requests;
    private final AuditLog audit;

    PublicRequestDesk(FormTokens tokens, FormRateLimit rateLimit, VisitRequests requests, AuditLog audit) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.requests = requests;
        this.audit = audit;
    }

    /** Screens the submission; the request itself is validated (and built) only when it passes. */
    @Transactional(noRollbackFor = kr.tupyo.platform.ProblemException.class)
    public Verdict submit(String honeypot, String token, String address, java.util.function.Supplier<VisitRequest> request) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return rejected(new Verdict.Trapped(), "honeypot");
        }
        FormTokens.Check check = tokens.check(token);
        if (check != FormTokens.Check.FRESH) {
            return rejected(new Verdict.Refused(check), check.name());
        }
        if (!rateLimit.admit(address)) {
            return rejected(new Verdict.RateLimited(), "rate-limit");
        }
        return new Verdict.Accepted(requests.submit(request.get(), "PUBLIC_FORM"));
    }

    private Verdict rejected(Verdict verdict, String reason) {
        audit.record(VisitsAuditEvent.VISIT_FORM_REJECTED, "visit-form", AuditOutcome.DENIED, Map.of("reason", reason));
        return verdict;
    }
}
