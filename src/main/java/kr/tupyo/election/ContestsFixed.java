package kr.tupyo.election;

/**
 * Says whether an election's contests are fixed, so that none may be added or removed: the voters-list module
 * answers (a finalised list, or one being finalised, fixes the contests it was compiled with; decision 044,
 * second session-6 addendum). The election module asks before it adds or removes a contest; the database refuses the same
 * change. An implementation locks what it reads until the caller's transaction ends, so that a finalisation
 * running at the same moment either sees the change or is seen by it.
 */
public interface ContestsFixed {

    boolean fixed(ElectionId election);
}
