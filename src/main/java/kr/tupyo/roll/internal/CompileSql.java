package kr.tupyo.roll.internal;

/**
 * The one statement that compiles a voters list (docs/decisions/101): it reads the register as it stood
 * on the reference date (the registry's whole-register read, one range of 읍면동 codes by the facts' 읍면동
 * index, so that PostgreSQL sorts one 읍면동 at a time) and the disqualifications in force on election day
 * (the registry's published SQL functions), applies the eligibility rules in the same order as {@code EligibilityRules.assess} (so the reason given is
 * always the first that applies), orders each 읍면동's voters by address and splits them into its
 * precincts by their shares of the reference electorate (decision 100), numbering them within the
 * precinct. Excluded residents keep their reason and get no number; in a by-election, residents of a 읍면동 where
 * none of its contests is held are {@code OUTSIDE_ELECTION_AREA} (decision 044). {@code constituency_vote} is false for
 * whoever votes without the National Assembly constituency contest (decision 044): an overseas-registered
 * national short of 3 months, or a foreigner in a by-election that fills local offices beside a National
 * Assembly seat; elsewhere those terms are false parameters, so a national compilation tests nothing more.
 */
final class CompileSql {

    private CompileSql() {
    }

    /**
     * Each 읍면동's precincts as arrays in seq order, in a temporary table of the compiling session: with
     * statistics of its own the planner hashes these 3,500 rows and streams the list past them (a CTE
     * made it hash the 5 M-row list instead, and the old range join compared every voter with every
     * precinct of their 읍면동).
     *
     * @param precincts the precincts the compilation staged ({@link BuildTables#precincts}), or {@code roll_precincts}
     */
    static String shares(String precincts) {
        return """
                CREATE TEMPORARY TABLE roll_compile_shares ON COMMIT DROP AS
                SELECT emd_code::text AS emd_code, array_agg(precinct_id ORDER BY seq) AS ids,
                       array_agg(cum_before ORDER BY seq) AS cum_befores, min(total) AS total
                FROM %s WHERE election_id = :election GROUP BY emd_code""".formatted(precincts);
    }

    /**
     * Compiles the residents of the 읍면동 codes in [{@code :emd_from}, {@code :emd_to}) into the table and
     * returns every row it inserted, in the order it inserted them ({@link #RETURNED}): the window's order,
     * 읍면동 by 읍면동, which for the voters is the canonical order of the digest (docs/formats/voters-list-digest.md).
     * The job runs it as {@code COPY (...) TO STDOUT} so that the rows stream out while they are inserted: the
     * digest's lines and the tallies are made from them without a second pass over the list
     * ({@link CompiledRange}). Several such statements run at once on disjoint ranges (a 읍면동 is never split,
     * so each statement numbers whole precincts). Needs {@link #shares} in the same transaction; a {@code COPY}
     * takes no bind parameters, so the job inlines them ({@link SqlLiterals}).
     *
     * <p>{@code k} and {@code n} come from one window: {@code row_number()} ignores the frame, and with the whole
     * partition as the frame {@code count(*)} is the partition's size, so PostgreSQL buffers each partition once
     * instead of in two window nodes (15 % of the statement without its insert, docs/benchmarks.md session 8). A
     * person not deceased has a null date, which is not {@code <=} any day.
     *
     * <p>The precinct of a voter who is k-th of n in their 읍면동 is the one with
     * {@code n * cum_before / total < k <= n * cum / total} (integer division, decision 100); in integers
     * that is the last precinct whose {@code cum_before} is below {@code ceil(k * total / n)}, which
     * {@code width_bucket} finds by binary search over the 읍면동's array (an empty precinct, whose
     * {@code cum_before} equals the next one's, is never chosen).
     *
     * @param emdContests each 읍면동's contests as the compilation staged them ({@link BuildTables#emdContests}), or
     *                    {@code roll_emd_contests}: read only in a by-election ({@link #contestedEmds})
     */
    static String insertInto(String table, String emdContests) {
        return """
                WITH dq AS MATERIALIZED (
                    SELECT DISTINCT rrn_lookup FROM registry_disqualifications_in_force(:disqualification_in_force_on)
                    WHERE kind = ANY(:disqualifying_kinds)
                ), assessed AS (
                    SELECT r.resident_id, r.rrn_lookup, r.rrn_masked, r.name, r.birth_date, r.sex, r.nationality, r.emd_code,
                           r.address, r.residence_type,
                           CASE
                             WHEN r.deceased_on <= :election_day THEN 'DECEASED'
                             WHEN :election_area_only AND r.emd_code NOT IN (%3$s AND c.constituency_vote) THEN 'OUTSIDE_ELECTION_AREA'
                             WHEN r.nationality <> :nationality
                                  AND (NOT :foreign_residents_vote OR r.residence_type <> 'FOREIGN_RESIDENT'
                                       OR (:foreign_residents_local_contests_only
                                           AND r.emd_code NOT IN (%3$s AND NOT c.constituency_vote))) THEN 'NOT_NATIONAL'
                             WHEN r.nationality <> :nationality
                                  AND (r.permanent_residence_since IS NULL
                                       OR r.permanent_residence_since > :permanent_residence_on_or_before) THEN 'FOREIGN_NOT_ELIGIBLE'
                             WHEN r.birth_date > :born_on_or_before THEN 'UNDER_AGE'
                             WHEN r.rrn_lookup IN (SELECT rrn_lookup FROM dq) THEN 'DISQUALIFIED'
                             WHEN :overseas_rule = 'WHOLE_VOTE' AND r.residence_type = 'OVERSEAS_REGISTERED'
                                  AND r.registered_since > :overseas_registered_on_or_before THEN 'OVERSEAS_NOT_YET_3_MONTHS'
                           END AS exclusion,
                           NOT ((:overseas_rule <> 'NONE' AND r.residence_type = 'OVERSEAS_REGISTERED'
                                 AND r.registered_since > :overseas_registered_on_or_before)
                                OR (:foreign_residents_local_contests_only AND r.nationality <> :nationality)) AS constituency_vote
                    FROM registry_all_residents_as_of(:reference_date) r
                    WHERE r.emd_code >= :emd_from AND r.emd_code < :emd_to
                ), ordered AS (
                    SELECT a.*, row_number() OVER w AS k, count(*) OVER w AS n
                    FROM assessed a
                    WINDOW w AS (PARTITION BY a.emd_code, a.exclusion IS NULL
                                 ORDER BY a.address COLLATE "C", a.name COLLATE "C", a.birth_date, a.rrn_lookup
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                ), placed AS (
                    SELECT o.*, p.ids, p.cum_befores, p.total,
                           CASE WHEN o.exclusion IS NULL
                                THEN width_bucket((o.k * p.total + o.n - 1) / o.n - 1, p.cum_befores) END AS b
                    FROM ordered o
                    LEFT JOIN roll_compile_shares p ON p.emd_code = o.emd_code
                )
                INSERT INTO %1$s (election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality,
                                emd_code, address, residence_type, exclusion, constituency_vote, precinct_id, precinct_seq,
                                voter_number)
                SELECT :election, nextval('roll_entry_ids'), o.resident_id, o.rrn_lookup, o.rrn_masked, o.name, o.birth_date,
                       o.sex, o.nationality, o.emd_code, o.address, o.residence_type, o.exclusion, o.constituency_vote,
                       o.ids[o.b],
                       CASE WHEN o.exclusion IS NULL THEN coalesce(o.b, 0) END,
                       CASE WHEN o.exclusion IS NULL THEN (o.k - coalesce(o.n * o.cum_befores[o.b] / o.total, 0))::integer END
                FROM placed o
                RETURNING %2$s
                """.formatted(table, RETURNED, contestedEmds(emdContests));
    }

    /**
     * The 읍면동 where the election holds a contest (with {@code AND c.constituency_vote}), or a contest other than
     * the National Assembly constituency (with {@code AND NOT c.constituency_vote}), from the contests the
     * compilation staged for each 읍면동 ({@link BuildTables#emdContests}). Read only in a by-election (decision 044, second session-6 addendum): elsewhere the terms
     * that use it are behind parameters that are false, which PostgreSQL folds away with the sub-select.
     */
    static String contestedEmds(String emdContests) {
        return """
                SELECT c.emd_code::text FROM %s c
                WHERE c.election_id = :election AND cardinality(c.contest_ids) > 0""".formatted(emdContests);
    }

    /** What {@link #insertInto} returns of each row, in this order (the fields {@link CompiledRange} reads). */
    static final String RETURNED = "emd_code, precinct_id, precinct_seq, voter_number, exclusion, rrn_masked, name, birth_date, "
            + "sex, residence_type, constituency_vote, address";

    /** Builds the indexes a partition of {@code roll_entries} has (migrations V6_3, V6_6). */
    static String indexes(String table) {
        return "SELECT roll_index_partition('" + table + "'::regclass)";
    }

    /** Builds one half (1 or 2) of the indexes of {@link #indexes}: the two halves can be built at once (V6_6). */
    static String indexHalf(String table, int half) {
        return "SELECT roll_index_partition_half('" + table + "'::regclass, " + half + ")";
    }

    static final String TALLY_COLUMNS =
            "election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, age_band, residence_type, people";

    /** Counts of the entries that meet the condition, in the columns of {@code roll_tallies} ({@link #TALLY_COLUMNS}). */
    static String tallySelect(String table, java.time.LocalDate electionDay, String condition) {
        return """
                SELECT election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, %s AS age_band, residence_type,
                       count(*) AS people
                FROM %s WHERE %s
                GROUP BY election_id, emd_code, precinct_id, constituency_vote, exclusion, sex, 7, residence_type
                """.formatted(AgeBands.sqlCase(electionDay), table, condition);
    }

}
