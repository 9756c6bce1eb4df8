package kr.tupyo.election.internal;

/** One valid row of a precinct file. */
record PrecinctRow(String sidoName, String sggName, String sggCode, String emdName, String emdCode, String name,
                   int electors, int electionDayVoters) {

    /**
     * The file names the polling district (투표구), not its polling place (투표소). The NEC names the
     * place after the district: {@code 청운효자동제1투} → {@code 청운효자동제1투표소}.
     */
    String pollingPlace() {
        if (name.endsWith("투표소")) {
            return name;
        }
        return name.endsWith("투") ? name + "표소" : name + " 투표소";
    }
}
