package io.clientele.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikenessTest {
    @Test
    void oneMailboxWhateverTheCaseGmailDotsAndPlusTags() {
        assertThat(Likeness.mailbox("Kari.Nordmann+shop@GMail.com")).isEqualTo("karinordmann@gmail.com");
        assertThat(Likeness.mailbox("kari.nordmann@googlemail.com")).isEqualTo("karinordmann@gmail.com");
        assertThat(Likeness.mailbox("kari.nordmann+x@firma.no"))
                .as("dots matter outside Gmail")
                .isEqualTo("kari.nordmann@firma.no");
        assertThat(Likeness.mailbox(null)).isNull();
        assertThat(Likeness.mailbox("no-at-sign")).isNull();
    }

    @Test
    void namesCompareWithoutCaseAccentsOrWordOrder() {
        assertThat(Likeness.name("Østby-Hansen, Kári")).isEqualTo("hansen kari ostby");
        assertThat(Likeness.similarity(Likeness.name("Kari Nordmann"), Likeness.name("NORDMANN Kari")))
                .isEqualTo(1.0);
        assertThat(Likeness.similarity(Likeness.name("Kari Nordmann"), Likeness.name("Karin Nordman")))
                .isGreaterThanOrEqualTo(Likeness.SIMILAR_NAMES);
        assertThat(Likeness.similarity(Likeness.name("Kari Nordmann"), Likeness.name("Ola Hansen")))
                .isLessThan(Likeness.SIMILAR_NAMES);
        assertThat(Likeness.similarity("", "kari")).isZero();
    }
}
