package kr.tupyo.earlyvoting.web;

import kr.tupyo.election.Contest;

/** A contest the voter votes in. */
record ContestView(String id, String kind, String name, String ballotTitle) {

    static ContestView of(Contest c) {
        return new ContestView(c.id().toString(), c.kind().name(), c.name(), c.ballotTitle());
    }
}
