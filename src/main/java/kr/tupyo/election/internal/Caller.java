package kr.tupyo.election.internal;

import kr.tupyo.identity.StaffPrincipal;

/** The name recorded as "by whom" on changes. */
final class Caller {

    private Caller() {
    }

    static String name() {
        return StaffPrincipal.current().map(StaffPrincipal::name).orElse("system");
    }
}
