package dev.kiosque.faults;

import net.jqwik.api.PropertyDefaults;

/** The properties of {@link PropertyContract}, a few hundred tries each, in every build. */
@PropertyDefaults(tries = 200)
class PropertiesTest extends PropertyContract {
}
