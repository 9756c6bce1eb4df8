package kr.tupyo.registry.internal;

import kr.tupyo.platform.PersonalDataProtection;
import kr.tupyo.registry.ResidentRegistrationNumber;
import org.springframework.stereotype.Component;

/** The three stored forms of a registration number: keyed hash, ciphertext, masked text. */
@Component
class RrnProtection {

    record Protected(byte[] lookup, byte[] encrypted, String masked) {
    }

    private final PersonalDataProtection protection;

    RrnProtection(PersonalDataProtection protection) {
        this.protection = protection;
    }

    Protected protect(ResidentRegistrationNumber rrn) {
        return new Protected(lookup(rrn), protection.encrypt(rrn.digits()), rrn.masked());
    }

    byte[] lookup(ResidentRegistrationNumber rrn) {
        return protection.lookupHash(rrn.digits());
    }

    /** A keyed hash of any text that may contain a number (the replay check of change events). */
    byte[] keyedHash(String text) {
        return protection.lookupHash(text);
    }
}
