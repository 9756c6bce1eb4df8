package kr.tupyo.turnout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.tupyo.election.ElectionId;
import kr.tupyo.earlyvoting.IssuanceLedger;
import kr.tupyo.roll.PrecinctLists;
import kr.tupyo.roll.PrecinctLists.ListLine;
import kr.tupyo.roll.PrecinctLists.ListedPrecinct;
import org.springframework.stereotype.Component;

/**
 * One precinct's election-day list with each early voter marked: the finalised list's lines in voter
 * number order, and the remark 사전투표 for every voter who received ballots in early voting (one batch
 * of index probes on the issuance key per precinct). Overseas-registered voters (재외국민) are marked
 * as such, and the list's own remarks are kept.
 */
@Component
class MarkedList {

    static final String EARLY = "사전투표";
    static final String OVERSEAS = "재외국민";

    private final PrecinctLists lists;
    private final IssuanceLedger ledger;

    MarkedList(PrecinctLists lists, IssuanceLedger ledger) {
        this.lists = lists;
        this.ledger = ledger;
    }

    record Line(ListLine line, boolean early, String remarks) {
    }

    record Marked(ListedPrecinct precinct, List<Line> lines, int earlyVoters) {
    }

    Marked of(ElectionId election, ListedPrecinct precinct) {
        List<ListLine> lines = new ArrayList<>();
        lists.forEachLine(election, precinct.id(), lines::add);
        Set<String> early = ledger.issuedAmong(election, lines.stream().map(l -> l.id().toString()).toList());
        List<Line> marked = new ArrayList<>(lines.size());
        for (ListLine l : lines) {
            boolean voted = early.contains(l.id().toString());
            marked.add(new Line(l, voted, remarks(l, voted)));
        }
        return new Marked(precinct, marked, early.size());
    }

    static String remarks(ListLine line, boolean early) {
        List<String> parts = new ArrayList<>(3);
        if (early) {
            parts.add(EARLY);
        }
        if ("OVERSEAS_REGISTERED".equals(line.residenceType())) {
            parts.add(OVERSEAS);
        }
        if (line.remarks() != null && !line.remarks().isBlank()) {
            parts.add(line.remarks());
        }
        return String.join(" · ", parts);
    }
}
