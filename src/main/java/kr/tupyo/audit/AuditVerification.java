package kr.tupyo.audit;

/**
 * The result of walking the whole chain.
 *
 * @param intact         every link checked out
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the sequence number of the first entry that fails, or null when intact
 * @param problem        what is wrong there, or null when intact
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification brokenAt(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem);
    }
}
