package kr.tupyo.roll.internal;

import java.time.LocalDate;

/**
 * One resident's line of a voters list: on the list ({@code exclusion} null, with precinct and number)
 * or excluded with a reason code.
 */
public record RollEntry(long id, String rrnMasked, String name, LocalDate birthDate, String sex, String emdCode,
                        String address, String residenceType, String exclusion, boolean constituencyVote,
                        Long precinctId, Integer precinctSeq, Integer voterNumber, String remarks) {

    public boolean onList() {
        return exclusion == null;
    }
}
