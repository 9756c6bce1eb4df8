package kr.tupyo.roll.internal;

/** Runs one kind of job; reports progress through the {@link Progress} it is given. */
interface JobHandler {

    JobKind kind();

    /** The outcome: a message for the job record and, optionally, a result file. */
    Outcome run(RollJob job, Progress progress);

    record Outcome(boolean succeeded, String message, String resultFile) {
        static Outcome success(String message) {
            return new Outcome(true, message, null);
        }

        static Outcome failure(String message) {
            return new Outcome(false, message, null);
        }
    }

    @FunctionalInterface
    interface Progress {
        void report(int percent, String step);
    }
}
