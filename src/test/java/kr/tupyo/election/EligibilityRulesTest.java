package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kr.tupyo.election.Eligibility.Eligible;
import kr.tupyo.election.Eligibility.EligibleWithoutConstituency;
import kr.tupyo.election.Eligibility.Ineligible;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import kr.tupyo.registry.DisqualificationKind;
import kr.tupyo.registry.ResidenceType;

/** Every eligibility rule with the day before, on and after its cut-off. */
class EligibilityRulesTest {

    static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    static EligibilityRules rules(ElectionType type, String electionDay, ContestKind... contests) {
        return EligibilityRules.forElection(type, ElectionCalendar.statutory(type, LocalDate.parse(electionDay)),
                List.of(contests));
    }

    static final EligibilityRules PRESIDENTIAL_2025 = rules(ElectionType.PRESIDENTIAL, "2025-06-03");
    static final EligibilityRules ASSEMBLY_2024 = rules(ElectionType.NATIONAL_ASSEMBLY, "2024-04-10");
    static final EligibilityRules LOCAL_2026 = rules(ElectionType.LOCAL, "2026-06-03");
    /** 2025-04-02 재·보궐선거: reference date 2025-03-11. */
    static final EligibilityRules BY_ELECTION_2025 = rules(ElectionType.BY_ELECTION, "2025-04-02",
            ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY);

    static EligibilityCandidate korean(LocalDate born) {
        return new EligibilityCandidate(born, "KR", ResidenceType.DOMESTIC, LocalDate.of(2000, 1, 1), null, null,
                List.of(), false);
    }

    static EligibilityCandidate foreigner(String nationality, ResidenceType type, LocalDate permanentSince) {
        return new EligibilityCandidate(ADULT, nationality, type, LocalDate.of(2010, 1, 1), permanentSince, null,
                List.of(), false);
    }

    static EligibilityCandidate overseas(LocalDate registeredSince) {
        return new EligibilityCandidate(ADULT, "KR", ResidenceType.OVERSEAS_REGISTERED, registeredSince, null, null,
                List.of(), false);
    }

    static EligibilityCandidate disqualified(Disqualification d) {
        return new EligibilityCandidate(ADULT, "KR", ResidenceType.DOMESTIC, ADULT, null, null, List.of(d), false);
    }

    @Nested
    class Age {
        @Test
        void cutOffCountsTheDayOfBirth() {
            assertThat(PRESIDENTIAL_2025.bornOnOrBefore()).isEqualTo(LocalDate.of(2007, 6, 4));
        }

        @ParameterizedTest
        @CsvSource({"2007-06-03, true", "2007-06-04, true", "2007-06-05, false"})
        void eighteenOnElectionDay(LocalDate born, boolean eligible) {
            assertThat(PRESIDENTIAL_2025.assess(korean(born)))
                    .isEqualTo(eligible ? new Eligible() : new Ineligible(ExclusionReason.UNDER_AGE));
        }

        @Test
        void aLeapDayBirthdayIsTheCutOffWhenElectionDayIsTheLastOfFebruary() {
            EligibilityRules rules = rules(ElectionType.BY_ELECTION, "2026-02-28");
            assertThat(rules.bornOnOrBefore()).isEqualTo(LocalDate.of(2008, 2, 29));
            assertThat(rules.assess(korean(LocalDate.of(2008, 2, 29)))).isEqualTo(new Eligible());
            assertThat(rules.assess(korean(LocalDate.of(2008, 3, 1)))).isEqualTo(new Ineligible(ExclusionReason.UNDER_AGE));
        }
    }

    @Nested
    class Nationality {
        @Test
        void foreignersDoNotVoteOutsideLocalElections() {
            EligibilityCandidate settled = foreigner("CN", ResidenceType.FOREIGN_RESIDENT, LocalDate.of(2010, 1, 1));
            for (EligibilityRules rules : List.of(PRESIDENTIAL_2025, ASSEMBLY_2024, BY_ELECTION_2025)) {
                assertThat(rules.assess(settled)).isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
            }
        }

        @Test
        void permanentResidenceCutOffIsThreeYearsBeforeTheReferenceDate() {
            assertThat(LOCAL_2026.referenceDate()).isEqualTo(LocalDate.of(2026, 5, 12));
            assertThat(LOCAL_2026.permanentResidenceOnOrBefore()).isEqualTo(LocalDate.of(2023, 5, 12));
        }

        @ParameterizedTest
        @CsvSource({"2023-05-11, true", "2023-05-12, true", "2023-05-13, false"})
        void permanentResidentsVoteInLocalElectionsAfterThreeYears(LocalDate since, boolean eligible) {
            assertThat(LOCAL_2026.assess(foreigner("VN", ResidenceType.FOREIGN_RESIDENT, since)))
                    .isEqualTo(eligible ? new Eligible() : new Ineligible(ExclusionReason.FOREIGN_NOT_ELIGIBLE));
        }

        @Test
        void foreignResidentWithoutPermanentResidenceDoesNotVote() {
            assertThat(LOCAL_2026.assess(foreigner("US", ResidenceType.FOREIGN_RESIDENT, null)))
                    .isEqualTo(new Ineligible(ExclusionReason.FOREIGN_NOT_ELIGIBLE));
        }

        @Test
        void aForeignNationalNotRegisteredAsForeignResidentIsNotNational() {
            assertThat(LOCAL_2026.assess(foreigner("JP", ResidenceType.DOMESTIC, LocalDate.of(2000, 1, 1))))
                    .isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
        }

        @Test
        void foreignersMustAlsoBeEighteen() {
            EligibilityCandidate young = new EligibilityCandidate(LocalDate.of(2010, 1, 1), "CN",
                    ResidenceType.FOREIGN_RESIDENT, null, LocalDate.of(2015, 1, 1), null, List.of(), false);
            assertThat(LOCAL_2026.assess(young)).isEqualTo(new Ineligible(ExclusionReason.UNDER_AGE));
        }
    }

    @Nested
    class OverseasRegistered {
        @Test
        void cutOffIsThreeMonthsBeforeTheReferenceDate() {
            assertThat(ASSEMBLY_2024.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 19));
            assertThat(ASSEMBLY_2024.overseasRegisteredOnOrBefore()).isEqualTo(LocalDate.of(2023, 12, 19));
        }

        @ParameterizedTest
        @CsvSource({"2023-12-18, true", "2023-12-19, true", "2023-12-20, false"})
        void constituencyVoteOnlyAfterThreeContinuousMonths(LocalDate since, boolean constituency) {
            assertThat(ASSEMBLY_2024.assess(overseas(since))).isEqualTo(constituency ? new Eligible()
                    : new EligibleWithoutConstituency(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS));
        }

        @Test
        void theProportionalVoteStaysRegardless() {
            Eligibility e = ASSEMBLY_2024.assess(overseas(LocalDate.of(2024, 3, 18)));
            assertThat(e.isOnList()).isTrue();
        }

        @Test
        void presidentialElectionsHaveNoThreeMonthRule() {
            assertThat(PRESIDENTIAL_2025.assess(overseas(LocalDate.of(2025, 5, 1)))).isEqualTo(new Eligible());
        }

        @Test
        void localElectionsAndByElectionsNeedTheThreeMonthsForTheWholeVote() {
            LocalDate recent = LocalDate.of(2026, 5, 1);
            assertThat(LOCAL_2026.assess(overseas(recent)))
                    .isEqualTo(new Ineligible(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS));
            assertThat(LOCAL_2026.assess(overseas(LocalDate.of(2026, 2, 12)))).isEqualTo(new Eligible());
            assertThat(BY_ELECTION_2025.assess(overseas(LocalDate.of(2024, 12, 11)))).isEqualTo(new Eligible());
            assertThat(BY_ELECTION_2025.assess(overseas(LocalDate.of(2024, 12, 12))))
                    .isEqualTo(new Ineligible(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS));
        }
    }

    /**
     * A by-election is held under the rules of the offices it fills (art. 15): local offices as a local
     * election, a National Assembly seat as a National Assembly election; with both, foreign residents vote
     * in the local contests only. Reference date 11 March 2025: permanent residence since 11 March 2022,
     * overseas registration since 11 December 2024.
     */
    @Nested
    class ByElection {
        static final String DAY = "2025-04-02";
        static final EligibilityRules LOCAL_OFFICES = rules(ElectionType.BY_ELECTION, DAY, ContestKind.LOCAL_HEAD,
                ContestKind.LOCAL_COUNCIL_CONSTITUENCY);
        static final EligibilityRules ASSEMBLY_SEAT = rules(ElectionType.BY_ELECTION, DAY,
                ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY);
        static final EligibilityRules BOTH = rules(ElectionType.BY_ELECTION, DAY, ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY,
                ContestKind.SUPERINTENDENT, ContestKind.METROPOLITAN_COUNCIL_CONSTITUENCY);
        static final LocalDate THREE_YEARS = LocalDate.of(2022, 3, 11);
        static final LocalDate TWO_YEARS_364_DAYS = LocalDate.of(2022, 3, 12);
        static final LocalDate THREE_MONTHS = LocalDate.of(2024, 12, 11);

        static EligibilityCandidate permanentResident(LocalDate since) {
            return foreigner("CN", ResidenceType.FOREIGN_RESIDENT, since);
        }

        @Test
        void cutOffsAreThoseOfTheReferenceDate() {
            for (EligibilityRules rules : List.of(LOCAL_OFFICES, ASSEMBLY_SEAT, BOTH)) {
                assertThat(rules.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 11));
                assertThat(rules.overseasRegisteredOnOrBefore()).isEqualTo(THREE_MONTHS);
            }
            assertThat(LOCAL_OFFICES.permanentResidenceOnOrBefore()).isEqualTo(THREE_YEARS);
            assertThat(BOTH.permanentResidenceOnOrBefore()).isEqualTo(THREE_YEARS);
            assertThat(ASSEMBLY_SEAT.permanentResidenceOnOrBefore()).isNull();
        }

        @Test
        void localOfficesAdmitForeignPermanentResidentsAfterThreeYearsAsALocalElectionDoes() {
            assertThat(LOCAL_OFFICES.assess(permanentResident(THREE_YEARS.minusDays(1)))).isEqualTo(new Eligible());
            assertThat(LOCAL_OFFICES.assess(permanentResident(THREE_YEARS))).isEqualTo(new Eligible());
            assertThat(LOCAL_OFFICES.assess(permanentResident(TWO_YEARS_364_DAYS)))
                    .isEqualTo(new Ineligible(ExclusionReason.FOREIGN_NOT_ELIGIBLE));
            assertThat(LOCAL_OFFICES.assess(foreigner("CN", ResidenceType.FOREIGN_RESIDENT, null)))
                    .isEqualTo(new Ineligible(ExclusionReason.FOREIGN_NOT_ELIGIBLE));
            assertThat(LOCAL_OFFICES.assess(foreigner("JP", ResidenceType.DOMESTIC, THREE_YEARS)))
                    .as("not on the foreigner register").isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
        }

        @Test
        void aNationalAssemblySeatAdmitsNoForeigner() {
            assertThat(ASSEMBLY_SEAT.assess(permanentResident(THREE_YEARS.minusYears(10))))
                    .isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
            assertThat(ASSEMBLY_SEAT.assess(permanentResident(TWO_YEARS_364_DAYS)))
                    .isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
        }

        @Test
        void withBothAForeignPermanentResidentIsListedForTheLocalContestsOnly() {
            assertThat(BOTH.assess(permanentResident(THREE_YEARS)))
                    .isEqualTo(new EligibleWithoutConstituency(ExclusionReason.NOT_NATIONAL));
            assertThat(BOTH.assess(permanentResident(THREE_YEARS.minusDays(1))))
                    .isEqualTo(new EligibleWithoutConstituency(ExclusionReason.NOT_NATIONAL));
            assertThat(BOTH.assess(permanentResident(TWO_YEARS_364_DAYS)))
                    .isEqualTo(new Ineligible(ExclusionReason.FOREIGN_NOT_ELIGIBLE));
            assertThat(BOTH.assess(korean(ADULT))).as("nationals vote in every contest").isEqualTo(new Eligible());
        }

        @Test
        void whereNoContestIsHeldAResidentIsOutsideTheAreaAfterTheDeadAndBeforeEveryOtherReason() {
            EligibilityCandidate dead = new EligibilityCandidate(ADULT, "KR", ResidenceType.DOMESTIC, ADULT, null,
                    LocalDate.of(2025, 4, 1), List.of(), false);
            for (EligibilityRules rules : List.of(LOCAL_OFFICES, ASSEMBLY_SEAT, BOTH)) {
                assertThat(rules.electionAreaOnly()).isTrue();
                assertThat(rules.assess(korean(ADULT), List.of()))
                        .isEqualTo(new Ineligible(ExclusionReason.OUTSIDE_ELECTION_AREA));
                assertThat(rules.assess(korean(LocalDate.of(2015, 1, 1)), List.of())).as("not under age")
                        .isEqualTo(new Ineligible(ExclusionReason.OUTSIDE_ELECTION_AREA));
                assertThat(rules.assess(permanentResident(THREE_YEARS.minusYears(10)), List.of())).as("not a foreigner")
                        .isEqualTo(new Ineligible(ExclusionReason.OUTSIDE_ELECTION_AREA));
                assertThat(rules.assess(dead, List.of())).isEqualTo(new Ineligible(ExclusionReason.DECEASED));
                assertThat(rules.assess(korean(ADULT), List.of(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY)))
                        .isEqualTo(new Eligible());
            }
            assertThat(BOTH.sqlParameters()).containsEntry("election_area_only", true);
        }

        @Test
        void withBothAForeignerWhereOnlyTheSeatIsContestedHasNothingToVoteIn() {
            assertThat(BOTH.assess(permanentResident(THREE_YEARS), List.of(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY)))
                    .isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
            assertThat(BOTH.assess(permanentResident(THREE_YEARS),
                    List.of(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY, ContestKind.SUPERINTENDENT)))
                    .isEqualTo(new EligibleWithoutConstituency(ExclusionReason.NOT_NATIONAL));
            assertThat(BOTH.assess(korean(ADULT), List.of(ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY)))
                    .isEqualTo(new Eligible());
        }

        @Test
        void generalElectionsCoverEveryResident() {
            for (EligibilityRules general : List.of(PRESIDENTIAL_2025, ASSEMBLY_2024, LOCAL_2026)) {
                assertThat(general.electionAreaOnly()).isFalse();
                assertThat(general.sqlParameters()).containsEntry("election_area_only", false);
                assertThat(general.assess(korean(ADULT), List.of())).isEqualTo(new Eligible());
            }
        }

        @ParameterizedTest
        @CsvSource({"2024-12-10, true", "2024-12-11, true", "2024-12-12, false"})
        void overseasRegisteredNeedThreeMonthsForTheWholeVoteWhateverTheOffices(LocalDate since, boolean eligible) {
            for (EligibilityRules rules : List.of(LOCAL_OFFICES, ASSEMBLY_SEAT, BOTH)) {
                assertThat(rules.overseasRule()).isEqualTo(OverseasRegistrationRule.WHOLE_VOTE);
                assertThat(rules.assess(overseas(since))).as(rules.toString())
                        .isEqualTo(eligible ? new Eligible() : new Ineligible(ExclusionReason.OVERSEAS_NOT_YET_3_MONTHS));
            }
        }

        @Test
        void withoutContestsOnlyNationalsVote() {
            EligibilityRules none = rules(ElectionType.BY_ELECTION, DAY);
            assertThat(none.foreignResidentsVote()).isFalse();
            assertThat(none.assess(permanentResident(THREE_YEARS))).isEqualTo(new Ineligible(ExclusionReason.NOT_NATIONAL));
        }

        @Test
        void generalElectionsIgnoreTheContestKinds() {
            assertThat(rules(ElectionType.LOCAL, "2026-06-03", ContestKind.METROPOLITAN_HEAD)).isEqualTo(LOCAL_2026);
            assertThat(LOCAL_2026.foreignResidentsLocalContestsOnly()).isFalse();
            assertThat(rules(ElectionType.NATIONAL_ASSEMBLY, "2024-04-10", ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY,
                    ContestKind.NATIONAL_ASSEMBLY_PROPORTIONAL)).isEqualTo(ASSEMBLY_2024);
        }

        @Test
        void theSqlParametersSayWhetherForeignersVoteAndInWhich() {
            assertThat(LOCAL_OFFICES.sqlParameters()).containsEntry("foreign_residents_vote", true)
                    .containsEntry("foreign_residents_local_contests_only", false)
                    .containsEntry("permanent_residence_on_or_before", THREE_YEARS)
                    .containsEntry("overseas_rule", "WHOLE_VOTE");
            assertThat(ASSEMBLY_SEAT.sqlParameters()).containsEntry("foreign_residents_vote", false)
                    .containsEntry("foreign_residents_local_contests_only", false);
            assertThat(BOTH.sqlParameters()).containsEntry("foreign_residents_vote", true)
                    .containsEntry("foreign_residents_local_contests_only", true);
            for (EligibilityRules general : List.of(PRESIDENTIAL_2025, ASSEMBLY_2024, LOCAL_2026)) {
                assertThat(general.sqlParameters()).containsEntry("foreign_residents_local_contests_only", false);
            }
        }

        @Test
        void everyContestKindBelongsToOneGeneralElection() {
            for (ContestKind kind : ContestKind.values()) {
                assertThat(kind.isHeldIn(kind.generalElection())).isTrue();
                assertThat(kind.generalElection()).isNotEqualTo(ElectionType.BY_ELECTION);
                if (kind.isHeldIn(ElectionType.BY_ELECTION)) {
                    assertThat(kind.generalElection()).isEqualTo(kind == ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY
                            ? ElectionType.NATIONAL_ASSEMBLY : ElectionType.LOCAL);
                }
            }
        }
    }

    @Nested
    class Disqualifications {
        static final LocalDate DAY = LocalDate.of(2025, 6, 3);

        @ParameterizedTest
        @CsvSource({"2025-06-02, true", "2025-06-03, false", "2025-06-04, false"})
        void aNoticeEndingBeforeElectionDayNoLongerCounts(LocalDate until, boolean eligible) {
            for (DisqualificationKind kind : DisqualificationKind.values()) {
                assertThat(PRESIDENTIAL_2025.assess(disqualified(new Disqualification(kind, DAY.minusYears(5), until))))
                        .isEqualTo(eligible ? new Eligible() : new Ineligible(ExclusionReason.DISQUALIFIED));
            }
        }

        @ParameterizedTest
        @CsvSource({"2025-06-02, false", "2025-06-03, false", "2025-06-04, true"})
        void aNoticeStartingAfterElectionDayDoesNotCountYet(LocalDate from, boolean eligible) {
            assertThat(PRESIDENTIAL_2025.assess(disqualified(
                    new Disqualification(DisqualificationKind.ELECTION_FINE, from, from.plusYears(5)))))
                    .isEqualTo(eligible ? new Eligible() : new Ineligible(ExclusionReason.DISQUALIFIED));
        }

        @Test
        void anOpenEndedNoticeCounts() {
            assertThat(PRESIDENTIAL_2025.assess(disqualified(
                    new Disqualification(DisqualificationKind.PRISON_SENTENCE, DAY.minusYears(1), null))))
                    .isEqualTo(new Ineligible(ExclusionReason.DISQUALIFIED));
        }

        @Test
        void adultsUnderGuardianshipRemainEligible() {
            EligibilityCandidate ward = new EligibilityCandidate(ADULT, "KR", ResidenceType.DOMESTIC, ADULT, null, null,
                    List.of(), true);
            assertThat(PRESIDENTIAL_2025.assess(ward)).isEqualTo(new Eligible());
        }
    }

    @Test
    void theDeadAreExcludedFirst() {
        EligibilityCandidate dead = new EligibilityCandidate(LocalDate.of(2015, 1, 1), "CN", ResidenceType.FOREIGN_RESIDENT,
                null, null, LocalDate.of(2025, 5, 1), List.of(), false);
        assertThat(PRESIDENTIAL_2025.assess(dead)).isEqualTo(new Ineligible(ExclusionReason.DECEASED));
    }

    @Test
    void rulesAreAvailableAsSqlParameters() {
        var p = PRESIDENTIAL_2025.sqlParameters();
        assertThat(p).containsEntry("born_on_or_before", LocalDate.of(2007, 6, 4))
                .containsEntry("election_day", LocalDate.of(2025, 6, 3))
                .containsEntry("foreign_residents_vote", false)
                .containsEntry("overseas_rule", "NONE");
        assertThat((String[]) p.get("residence_types")).containsExactly("DOMESTIC", "OVERSEAS_REGISTERED");
        assertThat((String[]) LOCAL_2026.sqlParameters().get("residence_types"))
                .containsExactly("DOMESTIC", "FOREIGN_RESIDENT", "OVERSEAS_REGISTERED");
        assertThat(LOCAL_2026.sqlParameters()).containsEntry("permanent_residence_on_or_before", LocalDate.of(2023, 5, 12));
    }
}
