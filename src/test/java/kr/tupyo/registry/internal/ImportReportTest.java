package kr.tupyo.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void aChangeEventFileShowsItsReadingInTheFirstTenthAndItsApplyingInTheRest() {
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 500, null, 0, 0).percent()).isEqualTo(5);
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 1_000, null, 0, 0).percent()).isEqualTo(10);
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 1_000, ImportStep.APPLYING, 0, 1_000).percent())
                .isEqualTo(10);
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 1_000, ImportStep.APPLYING, 500, 1_000).percent())
                .isEqualTo(55);
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 1_000, ImportStep.APPLYING, 1_000, 1_000).percent())
                .isEqualTo(99);
        assertThat(report(ImportKind.EVENTS, ImportStatus.RUNNING, 0, ImportStep.APPLYING, 0, 0).percent()).isEqualTo(99);
        assertThat(report(ImportKind.EVENTS, ImportStatus.ACCEPTED, 1_000, ImportStep.APPLYING, 1_000, 1_000).percent())
                .isEqualTo(100);
    }

    @Test
    void anExtractShowsItsReadingInTheFirstThirtyPercentAndItsStoreInTheRest() {
        assertThat(report(ImportKind.EXTRACT, ImportStatus.RUNNING, 500, null, 0, 0).percent()).isEqualTo(15);
        assertThat(report(ImportKind.EXTRACT, ImportStatus.RUNNING, 1_000, ImportStep.STORING, 0, 5).percent()).isEqualTo(30);
        assertThat(report(ImportKind.EXTRACT, ImportStatus.RUNNING, 1_000, ImportStep.STORING, 2, 5).percent()).isEqualTo(58);
        assertThat(report(ImportKind.EXTRACT, ImportStatus.RUNNING, 1_000, ImportStep.STORING, 5, 5).percent()).isEqualTo(99);
        assertThat(report(ImportKind.EXTRACT, ImportStatus.REJECTED, 1_000, null, 0, 0).percent()).isEqualTo(100);
    }

    @Test
    void otherKindsShowTheirReadingOverTheWholeBar() {
        assertThat(report(ImportKind.DISQUALIFICATIONS, ImportStatus.RUNNING, 500, null, 0, 0).percent()).isEqualTo(50);
        assertThat(report(ImportKind.DISQUALIFICATIONS, ImportStatus.RUNNING, 1_000, null, 0, 0).percent()).isEqualTo(99);
        assertThat(report(ImportKind.DISQUALIFICATIONS, ImportStatus.REJECTED, 1_000, null, 0, 0).percent()).isEqualTo(100);
    }

    private static ImportReport report(ImportKind kind, ImportStatus status, long rowsProcessed, ImportStep step,
                                       long stepDone, long stepTotal) {
        return new ImportReport(UUID.randomUUID(), kind, "f.csv", "0".repeat(64), 1, status, 1_000L, rowsProcessed, 0,
                0, 0, List.of(), List.of(), step, stepDone, stepTotal, null, "test", null, null);
    }
}
