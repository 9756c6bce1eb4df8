package kr.tupyo.visits.internal;

import java.util.regex.Pattern;

/** The one shape check the desk applies to e-mail addresses (requesters, officials, partner contacts). */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static boolean looksValid(String email) {
        return email != null && SHAPE.matcher(email).matches();
    }
}
