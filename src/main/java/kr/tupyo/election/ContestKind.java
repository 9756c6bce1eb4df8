package kr.tupyo.election;

import java.util.EnumSet;
import java.util.Set;

/**
 * The offices and lists a contest can be for, in the order ballots are handed out. A voter has at
 * most one contest of each kind in an election, which bounds a local election at seven per voter
 * (the mayor or council of a city with districts is the eighth kind only in by-elections).
 */
public enum ContestKind {
    /** 대통령: one nationwide contest. */
    PRESIDENT(true, false, Set.of(ElectionType.PRESIDENTIAL)),
    /** 지역구국회의원. */
    NATIONAL_ASSEMBLY_CONSTITUENCY(false, false, Set.of(ElectionType.NATIONAL_ASSEMBLY, ElectionType.BY_ELECTION)),
    /** 비례대표국회의원: one nationwide party list. */
    NATIONAL_ASSEMBLY_PROPORTIONAL(true, true, Set.of(ElectionType.NATIONAL_ASSEMBLY)),
    /** 시·도지사. */
    METROPOLITAN_HEAD(false, false, Set.of(ElectionType.LOCAL, ElectionType.BY_ELECTION)),
    /** 구·시·군의 장. */
    LOCAL_HEAD(false, false, Set.of(ElectionType.LOCAL, ElectionType.BY_ELECTION)),
    /** 지역구시·도의원. */
    METROPOLITAN_COUNCIL_CONSTITUENCY(false, false, Set.of(ElectionType.LOCAL, ElectionType.BY_ELECTION)),
    /** 지역구구·시·군의원. */
    LOCAL_COUNCIL_CONSTITUENCY(false, false, Set.of(ElectionType.LOCAL, ElectionType.BY_ELECTION)),
    /** 비례대표시·도의원 (광역 비례): a party list per 시도. */
    METROPOLITAN_COUNCIL_PROPORTIONAL(false, true, Set.of(ElectionType.LOCAL)),
    /** 비례대표구·시·군의원 (기초 비례): a party list per 구시군. */
    LOCAL_COUNCIL_PROPORTIONAL(false, true, Set.of(ElectionType.LOCAL)),
    /** 교육감: per 시도, candidates without party. */
    SUPERINTENDENT(false, false, Set.of(ElectionType.LOCAL, ElectionType.BY_ELECTION));

    private final boolean nationwide;
    private final boolean partyList;
    private final Set<ElectionType> heldIn;
    private final ElectionType generalElection;

    ContestKind(boolean nationwide, boolean partyList, Set<ElectionType> heldIn) {
        this.nationwide = nationwide;
        this.partyList = partyList;
        this.heldIn = EnumSet.copyOf(heldIn);
        this.generalElection = heldIn.stream().filter(t -> t != ElectionType.BY_ELECTION).findFirst().orElseThrow();
    }

    /** A nationwide contest has no district areas: every voter of the election votes in it. */
    public boolean nationwide() {
        return nationwide;
    }

    /** The ballot lists parties, not candidates. */
    public boolean partyList() {
        return partyList;
    }

    public boolean isHeldIn(ElectionType type) {
        return heldIn.contains(type);
    }

    /**
     * The general election that fills this office or list (the one type besides {@code BY_ELECTION} it is
     * held in). A by-election is held under the rules of the office it fills (Public Official Election Act
     * art. 15), so its eligibility rules follow from its contests' general elections (decision 044).
     */
    public ElectionType generalElection() {
        return generalElection;
    }

    /**
     * The vote an overseas-registered national loses while not yet 3 months on the register in a
     * National Assembly election.
     */
    public boolean isConstituencyVote() {
        return this == NATIONAL_ASSEMBLY_CONSTITUENCY;
    }
}
