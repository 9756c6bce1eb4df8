package kr.tupyo.audit;

import java.util.List;

/** Reading the audit log: the newest entries, and the verification of the chain. */
public interface AuditEntries {

    List<AuditEntry> newest(int limit, Long beforeSeq);

    /** Walks the whole chain; the verification itself is recorded in the log. */
    AuditVerification verify();
}
