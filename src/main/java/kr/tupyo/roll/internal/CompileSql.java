package kr.tupyo.roll.internal;

/**
 * The one statement that compiles a voters list (docs/decisions/101): it reads the register as it stood
 * on the reference date and the disqualifications in force on election day (the registry's published
 * SQL functions), applies the eligibility rules in the same order as {@code EligibilityRules.assess}
 * (so the reason given is always the first that applies), orders each 읍면동's voters by address and
 * splits them into its precincts by their shares of the reference electorate (decision 100), numbering
 * them within the precinct. Excluded residents keep their reason and get no number.
 */
final class CompileSql {

    private CompileSql() {
    }

    static String insertInto(String table) {
        return """
                INSERT INTO %s (election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality,
                                emd_code, address, residence_type, exclusion, constituency_vote, precinct_id, precinct_seq,
                                voter_number)
                WITH dq AS MATERIALIZED (
                    SELECT DISTINCT rrn_lookup FROM registry_disqualifications_in_force(:disqualification_in_force_on)
                    WHERE kind = ANY(:disqualifying_kinds)
                ), assessed AS (
                    SELECT r.resident_id, r.rrn_lookup, r.rrn_masked, r.name, r.birth_date, r.sex, r.nationality, r.emd_code,
                           r.address, r.residence_type,
                           CASE
                             WHEN r.deceased_on IS NOT NULL AND r.deceased_on <= :election_day THEN 'DECEASED'
                             WHEN r.nationality <> :nationality
                                  AND (NOT :foreign_residents_vote OR r.residence_type <> 'FOREIGN_RESIDENT') THEN 'NOT_NATIONAL'
                             WHEN r.nationality <> :nationality
                                  AND (r.permanent_residence_since IS NULL
                                       OR r.permanent_residence_since > :permanent_residence_on_or_before) THEN 'FOREIGN_NOT_ELIGIBLE'
                             WHEN r.birth_date > :born_on_or_before THEN 'UNDER_AGE'
                             WHEN dq.rrn_lookup IS NOT NULL THEN 'DISQUALIFIED'
                             WHEN :overseas_rule = 'WHOLE_VOTE' AND r.residence_type = 'OVERSEAS_REGISTERED'
                                  AND r.registered_since > :overseas_registered_on_or_before THEN 'OVERSEAS_NOT_YET_3_MONTHS'
                           END AS exclusion,
                           NOT (:overseas_rule <> 'NONE' AND r.residence_type = 'OVERSEAS_REGISTERED'
                                AND r.registered_since > :overseas_registered_on_or_before) AS constituency_vote
                    FROM registry_residents_as_of(:reference_date) r
                    LEFT JOIN dq ON dq.rrn_lookup = r.rrn_lookup
                ), ordered AS (
                    SELECT a.*, row_number() OVER w AS k, count(*) OVER (PARTITION BY a.emd_code, a.exclusion IS NULL) AS n
                    FROM assessed a
                    WINDOW w AS (PARTITION BY a.emd_code, a.exclusion IS NULL
                                 ORDER BY a.address COLLATE "C", a.name COLLATE "C", a.birth_date, a.rrn_lookup)
                )
                SELECT :election, nextval('roll_entry_ids'), o.resident_id, o.rrn_lookup, o.rrn_masked, o.name, o.birth_date,
                       o.sex, o.nationality, o.emd_code, o.address, o.residence_type, o.exclusion, o.constituency_vote,
                       p.precinct_id,
                       CASE WHEN o.exclusion IS NULL THEN coalesce(p.seq, 0) END,
                       CASE WHEN o.exclusion IS NULL THEN (o.k - coalesce(o.n * p.cum_before / p.total, 0))::integer END
                FROM ordered o
                LEFT JOIN roll_precincts p
                       ON o.exclusion IS NULL AND p.election_id = :election AND p.emd_code = o.emd_code
                      AND o.k > o.n * p.cum_before / p.total AND o.k <= o.n * p.cum / p.total
                """.formatted(table);
    }

    /** The indexes of {@code roll_entries}, so that ATTACH PARTITION adopts them instead of building new ones. */
    static String[] indexes(String table) {
        return new String[] {
                "CREATE UNIQUE INDEX ON " + table + " (election_id, rrn_lookup)",
                "CREATE UNIQUE INDEX ON " + table + " (election_id, emd_code, precinct_seq, voter_number)",
                "CREATE UNIQUE INDEX ON " + table + " (election_id, id)",
                "CREATE INDEX ON " + table + " (election_id, birth_date, name)"};
    }

    static String tallies(String table, java.time.LocalDate electionDay) {
        return """
                INSERT INTO roll_tallies (election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, age_band,
                                          residence_type, people)
                SELECT election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, %s, residence_type, count(*)
                FROM %s WHERE election_id = :election
                GROUP BY election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, 7, residence_type
                """.formatted(AgeBands.sqlCase(electionDay), table);
    }
}
