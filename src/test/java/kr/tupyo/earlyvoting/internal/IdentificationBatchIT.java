package kr.tupyo.earlyvoting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.tupyo.earlyvoting.EarlyVotingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The identification writer's batch commits without waiting for the WAL flush, in its own transaction only
 * (decision 123, session-7 addendum): issuances and everything else keep synchronous commits.
 */
@EarlyVotingIntegrationTest
class IdentificationBatchIT {

    @Autowired
    IdentificationWriter writer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onlyTheIdentificationBatchCommitsWithoutWaitingForTheFlush() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String inBatch = tx.execute(status -> {
            assertThat(writer.recordAllInTransaction(List.of())).isEmpty();
            return setting();
        });
        assertThat(inBatch).isEqualTo("off");
        // The pool hands this thread the connection it just returned: a session-wide SET would show here.
        assertThat((String) tx.execute(status -> setting())).as("after the batch's transaction").isEqualTo("on");
    }

    private String setting() {
        return jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single();
    }
}
