package kr.tupyo.experience.internal;

import java.util.List;
import java.util.Locale;
import kr.tupyo.election.BallotEntry;
import kr.tupyo.election.ContestKind;

/** A fictional contest of a demo election: its ballot title and district, in Korean with an English gloss. */
public record DemoContest(ContestKind kind, String titleKo, String titleEn, String districtKo, String districtEn,
                          List<Line> lines) {

    public DemoContest {
        lines = List.copyOf(lines);
    }

    /** One line of the ballot: party and candidate (either may be absent), in Korean with an English gloss. */
    public record Line(int number, String partyKo, String partyEn, String candidateKo, String candidateEn) {

        BallotEntry entry() {
            return new BallotEntry(number, partyKo, candidateKo);
        }
    }

    public String title(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
    }

    public List<BallotEntry> entries() {
        return lines.stream().map(Line::entry).toList();
    }
}
