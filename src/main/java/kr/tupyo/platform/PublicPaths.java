package kr.tupyo.platform;

import java.util.List;

/**
 * Paths a module serves without sign-in (the public inspection page, open turnout data, the public
 * visit-request form). Declared as beans; every other path requires an authenticated caller.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
