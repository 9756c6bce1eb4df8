package kr.tupyo.roll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.tupyo.election.ElectionId;

/**
 * Read API over the <b>finalised</b> voters list, precinct by precinct, for those who print the
 * election-day list with their own remarks (turnout marks the early voters). For an election whose list
 * is not finalised every method finds nothing.
 */
public interface PrecinctLists {

    /** The precincts of the finalised list, by 읍면동 code and sequence. */
    List<ListedPrecinct> precincts(ElectionId election);

    /** The lines of one precinct's list in voter-number order, streamed (a precinct may hold thousands). */
    void forEachLine(ElectionId election, long precinctId, Consumer<ListLine> action);

    /** Voters on the finalised list per 읍면동 code (from the compiled tallies, no scan of the list). */
    Map<String, Long> votersPerEmd(ElectionId election);

    record ListedPrecinct(long id, String emdCode, int seq, String name, String pollingPlace) {
        public String sggCode() {
            return emdCode.substring(0, 5);
        }
    }

    /**
     * One line of an election-day list.
     *
     * @param residenceType {@code DOMESTIC}, {@code OVERSEAS_REGISTERED} (재외국민) or {@code FOREIGN_RESIDENT}
     * @param remarks       the list's own remarks (비고), may be null
     */
    record ListLine(VoterId id, int voterNumber, String name, String address, LocalDate birthDate, String rrnMasked,
                    String residenceType, String remarks) {
    }
}
