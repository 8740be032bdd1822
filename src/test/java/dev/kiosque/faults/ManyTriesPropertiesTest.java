package dev.kiosque.faults;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Tag;

/** The properties of {@link PropertyContract} with many tries, in the {@code faults} profile only. */
@Tag("faults")
@PropertyDefaults(tries = 5000)
class ManyTriesPropertiesTest extends PropertyContract {
}
