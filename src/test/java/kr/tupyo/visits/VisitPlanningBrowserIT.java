package kr.tupyo.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kr.tupyo.identity.Role;
import kr.tupyo.identity.internal.StaffAccounts;
import kr.tupyo.support.ApiClient;
import kr.tupyo.support.TupyoIntegrationTest;
import kr.tupyo.visits.internal.FormTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person plans a visit in the browser: a partner sends the public form; the officer accepts it,
 * enters the delegation, tailors the programme, books it, downloads the briefing note and writes
 * the report.
 */
@TupyoIntegrationTest
class VisitPlanningBrowserIT {

    @Autowired
    ApiClient api;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void requestAcceptTailorScheduleBriefingReport() throws Exception {
        jdbc.sql("DELETE FROM visit_form_submissions").update(); // the form's per-address allowance
        String organisation = "Electoral Commission of Jamaica " + UUID.randomUUID().toString().substring(0, 6);
        String officer = "visits-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(officer, "Visits Officer", Role.VISITS_OFFICER, null, "a-very-good-password");

        try (VisitsBrowser browser = new VisitsBrowser(api.baseUrl())) {
            // The partner, without an account
            browser.open("/visits/request?lang=en");
            browser.type("#organisation", organisation);
            browser.find("#partnerType option[value='FOREIGN_EMB']").click();
            browser.type("#country", "JM");
            browser.type("#requesterName", "Andrea Campbell");
            browser.type("#requesterEmail", "andrea@ecj.example");
            browser.type("#onBehalfOf", "Ministry of the Interior, with the IDB");
            browser.type("#purpose", "Knowledge-sharing on the integrated voters list");
            browser.click("#topic-VOTERS_LIST");
            browser.setValue("#preferredFrom", "2027-05-10");
            browser.setValue("#preferredTo", "2027-05-14");
            browser.type("#delegationSize", "16");
            browser.type("#languages", "en");
            Thread.sleep(FormTokens.MIN_FILL.toMillis() + 500); // a person takes a moment to fill the form
            browser.screenshot("visits-1-request-form");
            browser.submit("#send-request");
            browser.find("#request-received");

            // The officer: triage
            browser.driver().manage().deleteAllCookies();
            browser.signIn(officer, "a-very-good-password");
            browser.open("/visits?lang=en");
            browser.follow(organisation);
            browser.submit("#accept");
            assertThat(browser.text("#visit-status")).isEqualTo("Accepted");

            // Delegation
            browser.type("#add-member input[name=fullName]", "Glasspole Brown");
            browser.type("#add-member input[name=title]", "Director of Elections");
            browser.type("#add-member input[name=organisation]", "Electoral Commission of Jamaica");
            browser.submit("#add-member button");
            assertThat(browser.text("#members")).contains("Glasspole Brown");

            // Tailored programme with reasons
            browser.submit("#tailor");
            String programme = browser.text("#programme-items");
            assertThat(programme).contains("Integrated voters' list server: asked about Voters list and resident registration")
                    .contains("Director General of Planning and Coordination");

            browser.screenshot("visits-2-tailored");
            // Schedule
            browser.setValue("#schedule-date", "2027-05-11");
            browser.setValue("#schedule-time", "10:00");
            browser.submit("#schedule-submit");
            assertThat(browser.text("#scheduled-at")).contains("2027-05-11 10:00");

            browser.screenshot("visits-3-scheduled");
            // Briefing note, fetched with the officer's session
            String href = browser.find("#doc-briefing-en").getAttribute("href");
            var pdf = api.send(api.request(href.substring(api.baseUrl().length()), null)
                    .header("Cookie", browser.cookie("TUPYO_SESSION")).GET());
            assertThat(pdf.status()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Briefing note", organisation, "Glasspole Brown", "Voters list and resident registration");
            }

            // Report
            browser.submit("#report-link");
            browser.type("#attended", "15");
            browser.type("#summary", "Agreed to share the voter-identification specifications");
            browser.submit("#save-report");
            assertThat(browser.text("#visit-status")).isEqualTo("Completed");
            browser.type("#q-asked-by", "Glasspole Brown");
            browser.type("#q-question", "How is one voters list shared by every early-voting station?");
            browser.type("#q-answered-by", "Kim Minjun");
            browser.type("#q-answer", "Through the integrated voters list server.");
            browser.submit("#add-question-submit");
            assertThat(browser.text("#qa-notes")).contains("How is one voters list shared");
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("group-photo", ".png");
            java.nio.file.Files.write(photo, java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
            browser.find("#photo-file").sendKeys(photo.toString());
            browser.type("#add-photo input[name=caption]", "Group photo");
            browser.submit("#upload-photo");
            assertThat(browser.find("#photos img").getAttribute("alt")).isEqualTo("Group photo");
            java.nio.file.Files.delete(photo);
            browser.screenshot("visits-4-report");

            browser.open(browser.driver().getCurrentUrl().replaceFirst("/report.*", "?lang=ko").substring(api.baseUrl().length()));
            assertThat(browser.text("#programme-items")).contains("통합선거인명부 서버").doesNotContain("??");
            browser.screenshot("visits-6-visit-korean");

            browser.open("/visits/calendar?month=2027-05&lang=en");
            assertThat(browser.text("#calendar")).contains("10:00 " + organisation);
            browser.open("/visits/statistics?lang=en");
            browser.find("#visit-charts svg");
            browser.screenshot("visits-5-statistics");
        }
    }
}
