package kr.tupyo.roll.internal;

import kr.tupyo.election.ContestsFixed;
import kr.tupyo.election.ElectionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A list that is finalised or being finalised fixes its election's contests (decision 044, second session-6 addendum). The
 * list's row is share-locked until the caller's transaction ends: a finalisation, which locks it for update
 * and then compares the contests, waits for a contest change in progress, or the change waits for it.
 */
@Component
class FinalisedListFixesContests implements ContestsFixed {

    private final JdbcClient jdbc;

    FinalisedListFixesContests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean fixed(ElectionId election) {
        return jdbc.sql("SELECT status FROM voters_lists WHERE election_id = ? FOR SHARE").param(election.value())
                .query(String.class).optional().map(status -> !RollStatus.valueOf(status).isDraft()).orElse(false);
    }
}
