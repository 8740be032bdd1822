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
        budget.settle(a, 70_000);            // it cost more than its last size
        assertNull(budget.reserve(60_000));  // 30 KB left
        assertNotNull(budget.reserve(20_000));
    }

    @Test
    void a_download_waits_for_the_reservations_in_flight_rather_than_being_refused() throws InterruptedException {
        Budget budget = new Budget(100_000);
        Budget.Grant first = budget.reserve(60_000);
        Budget.Grant[] second = new Budget.Grant[1];
        Thread waiter = new Thread(() -> second[0] = budget.reserve(60_000));
        waiter.start();
        budget.settle(first, 300);  // a 304: the 60 KB come back
        waiter.join();
        assertNotNull(second[0]);
    }

    @Test
    void each_download_is_capped_at_what_is_left() {
        Budget budget = new Budget(100_000);
        assertEquals(100_000, budget.reserve(10_000).maxBytes());
        assertEquals(90_000, budget.reserve(10_000).maxBytes());  // another worker, the first still in flight
    }

    @Test
    void an_unknown_size_takes_what_is_left_up_to_a_typical_page_but_not_crumbs() {
        Budget budget = new Budget(Budget.UNKNOWN_SIZE + 5_000);
        Budget.Grant first = budget.reserve(0);
        assertEquals(Budget.UNKNOWN_SIZE, first.reserved());
        budget.settle(first, Budget.UNKNOWN_SIZE);
        Budget.Grant second = budget.reserve(0);
        assertEquals(5_000, second.reserved());
        budget.settle(second, 4_000);
        assertNull(budget.reserve(0));  // 1 KB left: not worth starting
        assertEquals(1_000, budget.left());
    }

    @Test
    void no_limit_means_every_download_starts_uncapped() {
        Budget budget = Budget.unlimited();
        assertEquals(Long.MAX_VALUE, budget.reserve(Long.MAX_VALUE / 2).maxBytes());
        assertEquals(Long.MAX_VALUE, budget.left());
    }
}
