package kr.tupyo.roll.internal;

import java.time.Clock;
import java.time.LocalDate;
import kr.tupyo.election.Election;
import kr.tupyo.platform.KoreaTime;
import org.springframework.stereotype.Component;

/** Today in Korea, and whether an election's inspection period (열람 기간) is open on it. */
@Component
public class InspectionCalendar {

    private final Clock clock;

    InspectionCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(KoreaTime.ZONE));
    }

    public boolean isOpen(Election election) {
        return election.calendar().isInspectionDay(today());
    }
}
