package kr.tupyo.identity;

import kr.tupyo.audit.AuditEventType;

/** Sign-in, account and token events. */
public enum IdentityAuditEvent implements AuditEventType {
    SIGN_IN_SUCCEEDED("A person signed in with username and password (form or HTTP Basic)."),
    SIGN_IN_FAILED("A sign-in attempt gave a wrong username or password."),
    SIGN_IN_THROTTLED("A sign-in attempt was refused unchecked after too many recent failures for the username or address."),
    SIGNED_OUT("A person signed out."),
    ACCOUNT_CREATED("An administrator created a staff account (role and station in details)."),
    INITIAL_ADMIN_CREATED("The service created the first administrator account on its first start."),
    PASSWORD_RESET("An administrator set a new password for an account; its owner must change it at the next sign-in."),
    PASSWORD_CHANGED("A person changed their own password (FAILURE when the current password was wrong)."),
    ACCOUNT_DISABLED("An administrator disabled an account; it can no longer sign in."),
    ACCOUNT_ENABLED("An administrator enabled a disabled account again."),
    TOKEN_CREATED("An administrator created an API token (role and station in details)."),
    TOKEN_REVOKED("An administrator revoked an API token."),
    TOKEN_REJECTED("A request presented an unknown or revoked API token."),
    ACCESS_DENIED("A signed-in caller asked for something their role does not allow.");

    private final String description;

    IdentityAuditEvent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
