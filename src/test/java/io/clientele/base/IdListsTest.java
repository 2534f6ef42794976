package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdListsTest {
    @Test
    void acceptsCommasSpacesAndNewLinesAndDropsRepeats() {
        assertThat(IdLists.parse(" 12, 7\n12;  40 ", "ids")).containsExactly(12L, 7L, 40L);
        assertThat(IdLists.parse("", "ids")).isEmpty();
        assertThat(IdLists.parse(null, "ids")).isEmpty();
    }

    @Test
    void namesTheFirstBadToken() {
        assertThatThrownBy(() -> IdLists.parse("12, abc, 0", "ids"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("filter.ids-invalid");
                    assertThat(e.args()).containsExactly("abc");
                    assertThat(e.field()).isEqualTo("ids");
                });
        assertThatThrownBy(() -> IdLists.parse("0", "ids")).hasMessage("filter.ids-invalid");
        assertThatThrownBy(() -> IdLists.parse("-4", "ids")).hasMessage("filter.ids-invalid");
        assertThatThrownBy(() -> IdLists.parse("1234567890123456789", "ids")).hasMessage("filter.ids-invalid");
    }

    @Test
    void refusesMoreThanTheMaximum() {
        String many = LongStream.rangeClosed(1, IdLists.MAX + 1)
                .mapToObj(Long::toString)
                .collect(Collectors.joining(","));
        assertThatThrownBy(() -> IdLists.parse(many, "ids")).hasMessage("filter.ids-too-many");
        assertThat(IdLists.parse(many.substring(0, many.lastIndexOf(',')), "ids"))
                .hasSize(IdLists.MAX);
    }
}
