package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void objects_arrays_strings_and_escapes_are_read() {
        Object v = Json.parse("{\"a\": [1, true, null, \"x\\u00e9\\n\"], \"b\": {\"c\": -2.5e1},}");
        assertEquals(Map.of("c", -25.0), ((Map<?, ?>) v).get("b"));
        List<?> a = (List<?>) ((Map<?, ?>) v).get("a");
        assertEquals(1.0, a.get(0));
        assertEquals(Boolean.TRUE, a.get(1));
        assertNull(a.get(2));
        assertEquals("xé\n", a.get(3));
    }

    @Test
    void malformed_or_too_deep_input_gives_null() {
        assertNull(Json.parse("{\"a\": "));
        assertNull(Json.parse("{\"a\": \"\\uZZZZ\"}"));
        assertNull(Json.parse("[".repeat(Json.MAX_DEPTH + 5) + "]".repeat(Json.MAX_DEPTH + 5)));
    }
}
