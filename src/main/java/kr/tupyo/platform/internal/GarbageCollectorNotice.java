package kr.tupyo.platform.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Which garbage collector the JVM runs, said once at start: the identification's p99 needs one without pauses of
 * several milliseconds (decision 124), which {@code ./tupyo start} asks for and a hand-written {@code java -jar} may
 * not. Said, not enforced: a test JVM, a benchmark comparing collectors, or an operator's choice is theirs.
 */
final class GarbageCollectorNotice {

    private GarbageCollectorNotice() {
    }

    static String forThisJvm() {
        return of(ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
    }

    /** @param collectors the names of the JVM's collector beans ("ZGC Major Cycles", "G1 Young Generation", …) */
    static String of(List<String> collectors) {
        String names = String.join(", ", collectors);
        if (collectors.stream().anyMatch(c -> c.startsWith("ZGC"))) {
            return "Garbage collector: ZGC (" + names + ")";
        }
        return "Garbage collector: " + names + "; early voting's identification latency needs -XX:+UseZGC "
                + "(./tupyo start sets it; decision 124)";
    }
}
