package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void a_download_that_would_pass_the_budget_is_refused() {
        Budget budget = new Budget(100_000);
        Budget.Grant a = budget.reserve(60_000);
        assertNotNull(a);
        assertNull(budget.reserve(60_000));  // 60 KB reserved, 40 KB left
        budget.settle(a, 300);                // it was a 304 after all
        assertNotNull(budget.reserve(60_000));
    }

    @Test
    void each_download_is_capped_at_what_is_left() {
        Budget budget = new Budget(100_000);
        assertEquals(100_000, budget.reserve(10_000).maxBytes());
        assertEquals(90_000, budget.reserve(10_000).maxBytes());
    }

    @Test
    void an_unknown_size_takes_what_is_left_up_to_a_typical_page_but_not_crumbs() {
        Budget budget = new Budget(Budget.UNKNOWN_SIZE + 5_000);
        assertEquals(Budget.UNKNOWN_SIZE, budget.reserve(0).reserved());
        assertEquals(5_000, budget.reserve(0).reserved());
        assertNull(budget.reserve(0));
        assertEquals(0, budget.left());
    }

    @Test
    void no_limit_means_every_download_starts_uncapped() {
        Budget budget = Budget.unlimited();
        assertEquals(Long.MAX_VALUE, budget.reserve(Long.MAX_VALUE / 2).maxBytes());
        assertEquals(Long.MAX_VALUE, budget.left());
    }
}
