package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;

class IdRangesTest {
    @Test
    void mergesAdjacentIdsInAnyOrder() {
        String r = IdRanges.append(null, List.of(5L, 3L, 4L, 10L));
        assertThat(r).isEqualTo("3-5,10");
        r = IdRanges.append(r, List.of(9L, 1L, 6L, 4L));
        assertThat(r).isEqualTo("1,3-6,9-10");
        assertThat(IdRanges.append(r, List.of(2L, 7L, 8L))).isEqualTo("1-10");
        assertThat(IdRanges.ids("1,3-5")).containsExactly(1L, 3L, 4L, 5L);
        assertThat(IdRanges.append("", List.of())).isEmpty();
    }
}
