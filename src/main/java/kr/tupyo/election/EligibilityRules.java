package kr.tupyo.election;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tupyo.registry.DisqualificationKind;
import kr.tupyo.registry.ResidenceType;

/**
 * Who may vote in one election, as data: every cut-off is a date, so the voters-list module can apply
 * the same rules to one person ({@link #assess}) or to 52 million residents in one SQL statement
 * ({@link #sqlParameters}). Each rule is explained in docs/eligibility.md.
 *
 * @param electionAreaOnly                     the list covers only the 읍면동 where a contest of the election is held
 *                                             (a by-election); a general election's contests cover every 읍면동
 * @param bornOnOrBefore                       age 18 on election day, counting the day of birth (Civil Act)
 * @param residenceTypes                       residence types that can be on the list at all
 * @param foreignPermanentResidenceMinYears    years of F-5 permanent residence at the reference date, when foreigners vote
 * @param permanentResidenceOnOrBefore         the same as a date; null when foreigners do not vote
 * @param foreignResidentsLocalContestsOnly    foreign residents on the list vote in the local contests only, not for the
 *                                             National Assembly constituency: a by-election that fills both kinds of office
 * @param overseasMinMonths                    continuous months an overseas-registered national needs at the reference date
 * @param overseasRegisteredOnOrBefore         the same as a date
 * @param overseasRule                         what they lose before that
 * @param disqualifyingKinds                   notices that take the vote away
 * @param disqualificationInForceOn            the day a notice must be in force on (election day)
 */
public record EligibilityRules(ElectionType electionType, LocalDate electionDay, LocalDate referenceDate,
                               boolean electionAreaOnly, int minimumAge, LocalDate bornOnOrBefore, String nationality,
                               Set<ResidenceType> residenceTypes, int foreignPermanentResidenceMinYears,
                               LocalDate permanentResidenceOnOrBefore, boolean foreignResidentsLocalContestsOnly,
                               int overseasMinMonths,
                               LocalDate overseasRegisteredOnOrBefore, OverseasRegistrationRule overseasRule,
                               Set<DisqualificationKind> disqualifyingKinds, LocalDate disqualificationInForceOn) {

    public static final String KOREAN_NATIONALITY = "KR";
    public static final int MINIMUM_AGE = 18;
    public static final int FOREIGN_PERMANENT_RESIDENCE_YEARS = 3;
    public static final int OVERSEAS_REGISTRATION_MONTHS = 3;

    public EligibilityRules {
        residenceTypes = Set.copyOf(residenceTypes);
        disqualifyingKinds = Set.copyOf(disqualifyingKinds);
    }

    /**
     * The rules of an election. A general election's follow from its type; a by-election is held under the
     * rules of the offices it fills (Public Official Election Act art. 15), so its rules follow from the
     * general elections of its contests' kinds: a local office admits foreign permanent residents as a
     * {@code LOCAL} election does, a National Assembly seat does not; with both, foreign residents vote in
     * the local contests only (decision 044, session 6).
     *
     * @param contestKinds the kinds of the election's contests (read only for a by-election)
     */
    public static EligibilityRules forElection(ElectionType type, ElectionCalendar calendar,
                                               Collection<ContestKind> contestKinds) {
        LocalDate day = calendar.electionDay();
        LocalDate reference = calendar.referenceDate();
        Set<ElectionType> offices = EnumSet.of(type);
        if (type == ElectionType.BY_ELECTION) {
            offices = EnumSet.noneOf(ElectionType.class);
            contestKinds.stream().map(ContestKind::generalElection).forEach(offices::add);
        }
        boolean foreignersVote = offices.contains(ElectionType.LOCAL);
        boolean localContestsOnly = foreignersVote && offices.contains(ElectionType.NATIONAL_ASSEMBLY);
        Set<ResidenceType> residence = foreignersVote ? EnumSet.allOf(ResidenceType.class)
                : EnumSet.of(ResidenceType.DOMESTIC, ResidenceType.OVERSEAS_REGISTERED);
        OverseasRegistrationRule overseas = switch (type) {
            case PRESIDENTIAL -> OverseasRegistrationRule.NONE;
            case NATIONAL_ASSEMBLY -> OverseasRegistrationRule.CONSTITUENCY_VOTE;
            // A by-election has no proportional contest: a National Assembly seat's constituency is its whole
            // ballot, and a local office takes the whole vote as a local election does.
            case LOCAL, BY_ELECTION -> OverseasRegistrationRule.WHOLE_VOTE;
        };
        return new EligibilityRules(type, day, reference, type == ElectionType.BY_ELECTION, MINIMUM_AGE, bornOnOrBefore(day), KOREAN_NATIONALITY,
                residence, foreignersVote ? FOREIGN_PERMANENT_RESIDENCE_YEARS : 0,
                foreignersVote ? reference.minusYears(FOREIGN_PERMANENT_RESIDENCE_YEARS) : null, localContestsOnly,
                OVERSEAS_REGISTRATION_MONTHS, reference.minusMonths(OVERSEAS_REGISTRATION_MONTHS), overseas,
                EnumSet.allOf(DisqualificationKind.class), day);
    }

    /**
     * The Civil Act counts the day of birth (민법 제158조), so a person is 18 on election day when born
     * on or before election day − 18 years + 1 day.
     */
    public static LocalDate bornOnOrBefore(LocalDate electionDay) {
        return electionDay.minusYears(MINIMUM_AGE).plusDays(1);
    }

    public boolean foreignResidentsVote() {
        return permanentResidenceOnOrBefore != null;
    }

    /**
     * Applies the rules to a person who lives where the election's contests are held (every resident, in a
     * general election); see {@link #assess(EligibilityCandidate, Collection)}.
     */
    public Eligibility assess(EligibilityCandidate person) {
        return assess(person, null);
    }

    /**
     * Applies the rules in a fixed order, so the reason shown is always the first that applies. A person on
     * the list without the constituency vote is an overseas-registered national short of the 3 months in a
     * National Assembly election, or a foreign resident in a by-election that also fills a National
     * Assembly seat ({@code NOT_NATIONAL}: they vote in its local contests).
     *
     * @param heldWhereTheyLive the kinds of the election's contests held in the person's 읍면동; null when not
     *                          known (taken as the election's area). In a by-election a person where none is held
     *                          is {@code OUTSIDE_ELECTION_AREA}, and a foreign resident where only a National
     *                          Assembly seat is held is {@code NOT_NATIONAL}.
     */
    public Eligibility assess(EligibilityCandidate person, Collection<ContestKind> heldWhereTheyLive) {
        return exclusion(person, heldWhereTheyLive).<Eligibility>map(Eligibility.Ineligible::new).orElseGet(() -> {
            if (overseasShortfall(person)) {
                return new Eligibility.EligibleWithoutConstituency(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS);
            }
            if (foreignResidentsLocalContestsOnly && !person.isKoreanNational()) {
                return new Eligibility.EligibleWithoutConstituency(ExclusionReason.NOT_NATIONAL);
            }
            return new Eligibility.Eligible();
        });
    }

    private Optional<ExclusionReason> exclusion(EligibilityCandidate person, Collection<ContestKind> heldWhereTheyLive) {
        if (person.diedOn() != null && !person.diedOn().isAfter(electionDay)) {
            return Optional.of(ExclusionReason.DECEASED);
        }
        if (electionAreaOnly && heldWhereTheyLive != null && heldWhereTheyLive.isEmpty()) {
            return Optional.of(ExclusionReason.OUTSIDE_ELECTION_AREA);
        }
        if (!person.isKoreanNational()) {
            if (!foreignResidentsVote() || person.residenceType() != ResidenceType.FOREIGN_RESIDENT
                    || (foreignResidentsLocalContestsOnly && heldWhereTheyLive != null
                        && heldWhereTheyLive.stream().allMatch(ContestKind::isConstituencyVote))) {
                return Optional.of(ExclusionReason.NOT_NATIONAL);
            }
            if (person.permanentResidenceSince() == null
                    || person.permanentResidenceSince().isAfter(permanentResidenceOnOrBefore)) {
                return Optional.of(ExclusionReason.FOREIGN_NOT_ELIGIBLE);
            }
        }
        if (person.birthDate().isAfter(bornOnOrBefore)) {
            return Optional.of(ExclusionReason.UNDER_AGE);
        }
        if (person.disqualifications().stream()
                .anyMatch(d -> disqualifyingKinds.contains(d.kind()) && d.inForceOn(disqualificationInForceOn))) {
            return Optional.of(ExclusionReason.DISQUALIFIED);
        }
        if (overseasRule == OverseasRegistrationRule.WHOLE_VOTE && overseasShortfall(person)) {
            return Optional.of(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS);
        }
        return Optional.empty();
    }

    private boolean overseasShortfall(EligibilityCandidate person) {
        return overseasRule != OverseasRegistrationRule.NONE
                && person.residenceType() == ResidenceType.OVERSEAS_REGISTERED
                && (person.registeredSince() == null || person.registeredSince().isAfter(overseasRegisteredOnOrBefore));
    }

    /**
     * The rules as named SQL parameters (dates, and text arrays for enum sets), for set-based
     * compilation. docs/eligibility.md shows the CASE expression that applies them in the same order
     * as {@link #assess}.
     */
    public Map<String, Object> sqlParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("election_day", electionDay);
        p.put("reference_date", referenceDate);
        p.put("election_area_only", electionAreaOnly);
        p.put("born_on_or_before", bornOnOrBefore);
        p.put("nationality", nationality);
        p.put("residence_types", residenceTypes.stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("foreign_residents_vote", foreignResidentsVote());
        p.put("permanent_residence_on_or_before", permanentResidenceOnOrBefore);
        p.put("foreign_residents_local_contests_only", foreignResidentsLocalContestsOnly);
        p.put("overseas_registered_on_or_before", overseasRegisteredOnOrBefore);
        p.put("overseas_rule", overseasRule.name());
        p.put("disqualifying_kinds", disqualifyingKinds.stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("disqualification_in_force_on", disqualificationInForceOn);
        return p;
    }
}
