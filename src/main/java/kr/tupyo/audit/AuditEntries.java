package kr.tupyo.audit;

import java.util.List;

/** Reading the audit log: the newest entries, and the verification of the chain. */
public interface AuditEntries {

    /** The newest chained entries, newest first; entries still waiting in the inbox are chained first. */
    List<AuditEntry> newest(int limit, Long beforeSeq);

    /**
     * Chains every entry committed so far but still waiting in the inbox, and only then walks the whole
     * chain; the verification itself is recorded in the log.
     */
    AuditVerification verify();

    /**
     * Links every committed entry still waiting in the inbox into the chain now, instead of waiting for
     * the background chainer (at most a few hundred milliseconds); returns how many were chained.
     */
    long chainPending();
}
