package kr.tupyo.roll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlLiteralsTest {

    @Test
    void putsEachValueInAsALiteralOfItsTypeAndLeavesCastsAlone() {
        Map<String, Object> values = new HashMap<>();
        values.put("day", LocalDate.of(2022, 6, 1));
        values.put("kinds", new String[] {"A", "B'C"});
        values.put("rule", "it's");
        values.put("vote", true);
        values.put("none", null);
        values.put("election", UUID.fromString("0b6f9c1e-3f43-4a4f-9d55-1c1f6b3f2a10"));
        assertThat(SqlLiterals.inline("SELECT :day, x::integer, :kinds, :rule, :vote, :none, :election, ':day', \"a:day\"", values))
                .isEqualTo("SELECT DATE '2022-06-01', x::integer, ARRAY['A', 'B''C']::text[], 'it''s'::text, TRUE, NULL, "
                        + "'0b6f9c1e-3f43-4a4f-9d55-1c1f6b3f2a10'::uuid, ':day', \"a:day\"");
    }

    @Test
    void refusesANameWithoutAValueAndATypeItDoesNotKnow() {
        assertThatThrownBy(() -> SqlLiterals.inline("SELECT :missing", Map.of())).hasMessageContaining(":missing");
        assertThatThrownBy(() -> SqlLiterals.literal(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(SqlLiterals.literal("a\\b")).isEqualTo("'a\\b'::text");
    }
}
