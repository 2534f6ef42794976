package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IdRangesTest {
    @Test
    void mergesAdjacentIdsInAnyOrder() {
        IdRanges r = new IdRanges().add(List.of(5L, 3L, 4L, 10L));
        assertThat(r).hasToString("3-5,10");
        r.add(List.of(9L, 1L, 6L, 4L));
        assertThat(r).hasToString("1,3-6,9-10");
        assertThat(r.add(List.of(2L, 7L, 8L))).hasToString("1-10");
        assertThat(IdRanges.ids("1,3-5")).containsExactly(1L, 3L, 4L, 5L);
        assertThat(new IdRanges().add(List.of())).hasToString("");
    }

    @Test
    void holdsExactlyTheIdsAddedWhateverTheOrderAndChunks() {
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 5_000; id++) {
            if (random.nextInt(10) > 0) ids.add(id);
        }
        List<Long> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        for (List<Long> order : List.of(ids, shuffled, ids.reversed())) {
            IdRanges r = new IdRanges();
            for (int i = 0; i < order.size(); i += 700) {
                r.add(order.subList(i, Math.min(order.size(), i + 700)));
            }
            r.add(order.subList(0, 50));
            assertThat(IdRanges.ids(r.toString())).containsExactlyElementsOf(new TreeSet<>(ids));
        }
    }
}
