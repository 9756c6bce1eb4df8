package kr.tupyo.visits;

import java.util.Locale;
import java.util.Set;

/**
 * World regions for the statistics, derived from a partner's ISO 3166 country code. The lists name
 * the countries the commission usually works with; any other code falls into {@link #OTHER}.
 */
public enum Region {
    KOREA(Set.of("KR")),
    ASIA_PACIFIC(Set.of("JP", "CN", "MN", "TW", "PH", "ID", "MY", "TH", "VN", "KH", "LA", "MM", "TL", "SG", "BD",
            "BT", "NP", "LK", "IN", "PK", "AF", "KZ", "KG", "UZ", "TJ", "MV", "AU", "NZ", "FJ", "PG", "WS", "TO", "VU")),
    AMERICAS(Set.of("US", "CA", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO", "CL", "AR",
            "UY", "PY", "BR", "DO", "JM", "HT", "TT", "BS", "BB", "GY", "SR")),
    EUROPE(Set.of("GB", "IE", "FR", "DE", "NL", "BE", "LU", "CH", "AT", "IT", "ES", "PT", "SE", "NO", "DK", "FI",
            "IS", "EE", "LV", "LT", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "RS", "BA", "ME", "MK",
            "AL", "MD", "UA", "GE", "AM", "AZ", "TR", "RU", "BY")),
    AFRICA(Set.of("ZA", "NG", "GH", "KE", "TZ", "UG", "RW", "ET", "SN", "CI", "CM", "CD", "ZM", "ZW", "MW", "MZ",
            "BW", "NA", "AO", "MG", "SL", "LR", "GM", "ML", "BF", "NE", "TD", "SD", "SS", "SO", "BJ", "TG")),
    MIDDLE_EAST_NORTH_AFRICA(Set.of("EG", "MA", "DZ", "TN", "LY", "JO", "LB", "SY", "IQ", "IR", "SA", "AE", "QA",
            "KW", "BH", "OM", "YE", "PS", "IL")),
    OTHER(Set.of());

    private final Set<String> countries;

    Region(Set<String> countries) {
        this.countries = countries;
    }

    public static Region of(String countryCode) {
        String code = countryCode == null ? "" : countryCode.toUpperCase(Locale.ROOT);
        for (Region region : values()) {
            if (region.countries.contains(code)) {
                return region;
            }
        }
        return OTHER;
    }

    public String messageKey() {
        return "visits.region." + name();
    }
}
