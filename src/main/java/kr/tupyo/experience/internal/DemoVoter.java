package kr.tupyo.experience.internal;

import java.time.LocalDate;

/**
 * A fictional voter of a demo session, as the kiosk shows it: the number only masked.
 *
 * @param blockedReason null, or the code of the reason the demo voter may not vote (the one blocked voter)
 */
public record DemoVoter(int seq, String nameKo, String nameEn, LocalDate birthDate, String numberMasked,
                        String blockedReason) {

    public boolean blocked() {
        return blockedReason != null;
    }
}
