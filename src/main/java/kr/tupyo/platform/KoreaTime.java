package kr.tupyo.platform;

import java.time.ZoneId;

/** Election law counts days and hours in Korea Standard Time, whatever the server's zone. */
public final class KoreaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private KoreaTime() {
    }
}
