package kr.tupyo.platform.internal;

import java.util.regex.Pattern;

/**
 * A JDBC URL fit for the log: a password in it, as the user-info's ({@code //user:password@host}) or as the
 * {@code password} (or pgJDBC's {@code sslpassword}) parameter in any case, is replaced by {@code ***}.
 * {@code TUPYO_DATABASE_PASSWORD} is the documented place for it, but an operator may well paste a URL that carries one.
 */
final class JdbcUrls {

    static final String MASK = "***";

    /** Up to the next parameter: a bare {@code #} or {@code @} in a password is part of it. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&](?:ssl)?password=)[^&]*");

    private JdbcUrls() {
    }

    static String masked(String url) {
        if (url == null) {
            return null;
        }
        return maskedUserInfo(PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK));
    }

    /**
     * The user-info's password runs from the first {@code :} after {@code //} to the last {@code @}: the last, so that a
     * password with a bare {@code @}, {@code /} or {@code ?} in it is masked whole (the parameters' passwords are
     * masked by then). A URL with a port and an {@code @} in a later part loses more than a password to the mask:
     * better too much than too little.
     */
    private static String maskedUserInfo(String url) {
        int authority = url.indexOf("//");
        int at = url.lastIndexOf('@');
        if (authority < 0 || at < authority) {
            return url;
        }
        int colon = url.indexOf(':', authority + 2);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + MASK + url.substring(at);
    }
}
