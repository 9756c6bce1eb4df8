package kr.tupyo.earlyvoting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import kr.tupyo.platform.KoreaTime;

/** The one clock, settable by tests: early-voting hours are checked against it. */
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void setKorea(LocalDateTime koreaTime) {
        now = koreaTime.atZone(KoreaTime.ZONE).toInstant();
    }

    public void advanceSeconds(long seconds) {
        now = now.plusSeconds(seconds);
    }

    @Override
    public ZoneId getZone() {
        return KoreaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
