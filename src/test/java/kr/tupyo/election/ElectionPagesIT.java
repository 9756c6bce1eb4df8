package kr.tupyo.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tupyo.election.internal.ContestAdministration;
import kr.tupyo.election.internal.ElectionAdministration;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The election pages as a signed-in person uses them: list, create, calendar, contests, precinct upload. */
@TupyoIntegrationTest
class ElectionPagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ElectionAdministration elections;
    @Autowired
    ContestAdministration contests;

    record Session(String cookie) {
        String csrf(ApiClient.Response page) {
            Matcher m = CSRF.matcher(page.body());
            assertThat(m.find()).as("page carries a CSRF token").isTrue();
            return m.group(1);
        }
    }

    Session signIn(Role role) {
        String username = "pages-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, null, role, role.isStationBound() ? "EV-1111051500-1" : null, "pages-password-123");
        return new Session(api.signIn(username, "pages-password-123"));
    }

    ApiClient.Response get(Session s, String path) {
        return api.send(api.request(path, null).header("Cookie", s.cookie()).header("Accept-Language", "ko").GET());
    }

    ApiClient.Response postForm(Session s, String path, String form) {
        return api.send(api.request(path, null).header("Cookie", s.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void adminCreatesAnElectionAndSeesItsCalendarAsATimeline() {
        Session admin = signIn(Role.ADMIN);
        var list = get(admin, "/elections");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"new-election\"");
        String name = "제21대 대통령선거 " + UUID.randomUUID();
        var created = postForm(admin, "/elections", "type=PRESIDENTIAL&name=" + enc(name) + "&electionDay=2025-06-03&_csrf="
                + admin.csrf(list));
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        assertThat(location).contains("/elections/");
        var page = get(admin, location.substring(location.indexOf("/elections/")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name, "선거인명부 작성 기준일", "2025-05-06", "2025-05-29", "06:00–18:00",
                "2007-06-04", "id=\"precinct-upload\"");
    }

    @Test
    void adminMovesADateWithAReasonOnTheCalendarPage() {
        Election election = elections.create(ElectionType.LOCAL, "지방선거 " + UUID.randomUUID(), LocalDate.of(2026, 6, 3));
        Session admin = signIn(Role.ADMIN);
        String path = "/elections/" + election.id() + "/calendar";
        var page = get(admin, path);
        assertThat(page.status()).isEqualTo(200);
        var saved = postForm(admin, path, "FINALISATION_DATE=2026-05-21&reason=" + enc("공휴일 조정") + "&_csrf=" + admin.csrf(page));
        assertThat(saved.status()).isEqualTo(302);
        var after = get(admin, path);
        assertThat(after.body()).contains("공휴일 조정", "2026-05-22", "2026-05-21", "날짜 1개를 변경했습니다.");
    }

    @Test
    void anObserverReadsTheElectionPageButSeesNoForms() {
        Election election = elections.create(ElectionType.NATIONAL_ASSEMBLY, "총선 " + UUID.randomUUID(), LocalDate.of(2028, 4, 12));
        contests.create(election.id(), ContestKind.NATIONAL_ASSEMBLY_PROPORTIONAL, "비례대표국회의원", null, java.util.List.of());
        Session observer = signIn(Role.OBSERVER);
        var page = get(observer, "/elections/" + election.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("비례대표국회의원").doesNotContain("id=\"new-contest\"", "id=\"precinct-upload\"");
        assertThat(get(observer, "/elections/" + UUID.randomUUID()).status()).isEqualTo(404);
        var refused = postForm(observer, "/elections", "type=LOCAL&name=x&electionDay=2026-06-03&_csrf=" + observer.csrf(page));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aByElectionPageSaysThatOnlyResidentsWhereItsContestsAreHeldAreListed() {
        Election byElection = elections.create(ElectionType.BY_ELECTION, "재보궐선거 " + UUID.randomUUID(), LocalDate.of(2027, 4, 7));
        Session observer = signIn(Role.OBSERVER);
        String path = "/elections/" + byElection.id();
        assertThat(rules(get(observer, path))).contains("id=\"rule-area\"", "아직 선거가 없으므로 아무도 오르지 않습니다");

        contests.create(byElection.id(), ContestKind.LOCAL_HEAD, "종로구청장", null, java.util.List.of("11110"));
        String korean = rules(get(observer, path));
        assertThat(korean).contains("이 재·보궐선거의 선거가 실시되는 읍면동의 주민만 선거인명부에 오릅니다", "선거구역 밖에 살므로")
                .doesNotContain("아직 선거가 없으므로");
        assertThat(korean).as("a local office: foreign permanent residents vote in every contest").contains("영주(F-5)")
                .doesNotContain("국회의원 선거만 실시되는 읍면동의 외국인");
        String english = rules(api.send(api.request(path, null).header("Cookie", observer.cookie())
                .header("Accept-Language", "en").GET()));
        assertThat(english).contains("Only residents of a 읍면동 where one of this by-election",
                "everyone else on the register is left off as living outside the election");

        contests.create(byElection.id(), ContestKind.NATIONAL_ASSEMBLY_CONSTITUENCY, "서울 종로구", null, java.util.List.of("11110"));
        assertThat(rules(get(observer, path))).as("with a National Assembly seat too")
                .contains("국회의원 선거에는 투표하지 않습니다", "국회의원 선거만 실시되는 읍면동의 외국인은 선거인명부에 오르지 않습니다");

        Election general = elections.create(ElectionType.LOCAL, "지방선거 " + UUID.randomUUID(), LocalDate.of(2030, 6, 5));
        assertThat(rules(get(observer, "/elections/" + general.id()))).as("a general election's contests cover every 읍면동")
                .doesNotContain("id=\"rule-area\"", "선거구역 밖");
    }

    /** The eligibility section of an election page. */
    static String rules(ApiClient.Response page) {
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        int start = body.indexOf("id=\"rules\"");
        assertThat(start).as("the page has its eligibility section").isPositive();
        return body.substring(start, body.indexOf("</ul>", start));
    }

    @Test
    void adminAddsAContestAndACandidateAndUploadsPrecinctsFromThePage() {
        Election election = elections.create(ElectionType.PRESIDENTIAL, "대선 " + UUID.randomUUID(), LocalDate.of(2030, 6, 5));
        Session admin = signIn(Role.ADMIN);
        String base = "/elections/" + election.id();
        var page = get(admin, base);
        String csrf = admin.csrf(page);
        assertThat(postForm(admin, base + "/contests", "kind=PRESIDENT&name=" + enc("제22대 대통령선거") + "&areas=&_csrf=" + csrf)
                .status()).isEqualTo(302);
        page = get(admin, base);
        assertThat(page.body()).contains("제22대 대통령선거");
        String contestId = page.body().replaceAll("(?s).*id=\"contest-([0-9a-f-]{36})\".*", "$1");
        assertThat(postForm(admin, base + "/contests/" + contestId + "/entries",
                "party=" + enc("가나다당") + "&candidateName=" + enc("홍길동") + "&_csrf=" + csrf).status()).isEqualTo(302);
        assertThat(get(admin, base).body()).contains("홍길동", "가나다당");

        String boundary = "----tupyo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "sido_name,sgg_name,sgg_code,emd_name,emd_code,precinct_name,electors,election_day_voters\n"
                + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제1투,1925,1170\n"
                + "서울특별시,종로구,11110,청운효자동,1111051500,청운효자동제2투,x,1155\n"
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var refused = api.send(api.request(base + "/precincts", null).header("Cookie", admin.cookie())
                .header("Accept-Language", "ko").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"import-result\"", "id=\"import-errors\"", "electors");
    }
}
