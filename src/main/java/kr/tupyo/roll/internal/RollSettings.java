package kr.tupyo.roll.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The voters list's settings ({@code tupyo.roll.*}), read once for every job that uses them.
 *
 * @param compileParallelism connections a compilation, and a finalisation's digest, work on at once: the
 *     읍면동 codes are split into this many ranges of about equal electorate, one statement each (decision
 *     101). 2 unless set, as measured on the 2-core machine; each range holds a connection of the pool.
 */
@ConfigurationProperties("tupyo.roll")
record RollSettings(@DefaultValue("2") int compileParallelism) {

    RollSettings {
        if (compileParallelism < 1) {
            throw new IllegalArgumentException("tupyo.roll.compile-parallelism must be at least 1: " + compileParallelism);
        }
    }
}
