package kr.tupyo.roll.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The voters list's settings ({@code tupyo.roll.*}), read once for every job that uses them.
 *
 * @param compileParallelism connections a compilation, and a finalisation's digest, work on at once, one statement
 *     per range of 읍면동 codes each (a compilation's ranges shrink towards the end and each connection takes the next
 *     as its own ends; a finalisation's are this many of about equal electorate; decision 101). 2 unless set, as measured on the 2-core machine. At most half of the connection pool
 *     ({@code tupyo.database.pool-size}, {@link #requireFits}): each range holds a connection of the pool for its
 *     whole statement (and the job reports its progress on one more), so the other half stays for everyone else:
 *     early voting's identifications and issuances, the pages, the other jobs. Bound to the pool rather than to a fixed
 *     number because the pool is what runs out; the cores it is worth using are the database server's, which the
 *     service cannot see. The default fits the smallest pool allowed (4); the default pool (32) allows 16.
 */
@ConfigurationProperties("tupyo.roll")
record RollSettings(@DefaultValue("2") int compileParallelism) {

    RollSettings {
        if (compileParallelism < 1) {
            throw new IllegalArgumentException("tupyo.roll.compile-parallelism must be at least 1: " + compileParallelism);
        }
    }

    /** Refuses a parallelism that would hold more than half of a pool of {@code poolSize} connections. */
    void requireFits(int poolSize) {
        int most = poolSize / 2;
        if (compileParallelism > most) {
            throw new IllegalArgumentException("tupyo.roll.compile-parallelism is " + compileParallelism
                    + ", but a compilation may hold at most half of the " + poolSize
                    + " connections of tupyo.database.pool-size: set it to " + most + " or less, or enlarge the pool");
        }
    }
}
