package kr.tupyo.roll.internal;

/** QUEUED → RUNNING → SUCCEEDED | FAILED; a RUNNING job whose worker stopped beating is claimed again. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
