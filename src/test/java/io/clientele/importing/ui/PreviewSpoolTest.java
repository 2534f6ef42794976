package io.clientele.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.importing.ImportPreview.Disposition;
import org.junit.jupiter.api.Test;

/** The preview's lines page from disk, by kind too, in the file's order: every row of a big file is listed. */
class PreviewSpoolTest {
    @Test
    void everyLineOfAHundredThousandPagesBackByKindInTheFilesOrder() {
        try (PreviewSpool spool = new PreviewSpool()) {
            for (int r = 2; r < 100_002; r++) {
                Disposition d = r % 10 == 0 ? Disposition.ERROR : r % 3 == 0 ? Disposition.UPDATE : Disposition.CREATE;
                spool.add(new PreviewSpool.Entry(r, d, "Kari " + r, d == Disposition.ERROR ? "Bad e-mail " + r : ""));
            }
            assertThat(spool.count(null)).isEqualTo(100_000);
            assertThat(spool.count(Disposition.ERROR)).isEqualTo(10_000);
            assertThat(spool.count(Disposition.DUPLICATE)).isZero();

            assertThat(spool.page(null, 99_998, 50))
                    .extracting(PreviewSpool.Entry::row)
                    .containsExactly(100_000L, 100_001L);
            assertThat(spool.page(Disposition.ERROR, 9_000, 2))
                    .containsExactly(
                            new PreviewSpool.Entry(90_010, Disposition.ERROR, "Kari 90010", "Bad e-mail 90010"),
                            new PreviewSpool.Entry(90_020, Disposition.ERROR, "Kari 90020", "Bad e-mail 90020"));
            assertThat(spool.page(Disposition.DUPLICATE, 0, 50)).isEmpty();
        }
    }

    @Test
    void aVeryLongCellIsCutNotRefused() {
        try (PreviewSpool spool = new PreviewSpool()) {
            spool.add(new PreviewSpool.Entry(2, Disposition.CREATE, "x".repeat(70_000), "é".repeat(30_000)));
            PreviewSpool.Entry e = spool.page(null, 0, 1).getFirst();
            assertThat(e.values()).hasSize(2000).endsWith("…");
            assertThat(e.details()).hasSize(2000);
        }
    }
}
