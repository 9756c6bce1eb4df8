package kr.tupyo.election;

/**
 * The kinds of public election tupyo runs. The type decides the voters-list reference date, the
 * contests an election may hold and who may vote in it.
 */
public enum ElectionType {
    /** 대통령선거: one national contest. */
    PRESIDENTIAL(28),
    /** 국회의원선거: constituencies plus the national proportional contest. */
    NATIONAL_ASSEMBLY(22),
    /** 전국동시지방선거: up to seven contests per voter. */
    LOCAL(22),
    /** 재·보궐선거: single constituency or office contests held outside the general elections. */
    BY_ELECTION(22);

    private final int referenceDaysBeforeElectionDay;

    ElectionType(int referenceDaysBeforeElectionDay) {
        this.referenceDaysBeforeElectionDay = referenceDaysBeforeElectionDay;
    }

    /** Days between the voters-list reference date (선거인명부 작성 기준일) and election day. */
    public int referenceDaysBeforeElectionDay() {
        return referenceDaysBeforeElectionDay;
    }
}
