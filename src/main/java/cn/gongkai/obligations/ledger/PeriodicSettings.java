package cn.gongkai.obligations.ledger;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Periodic obligations ({@code gongkai.obligations.periodic.*}). {@code since}: the first day
 * periodic obligations are generated for (e.g. 2017-01-01 to record the history since the
 * Measures); when unset, the day the engine first runs: then periods whose due time had already
 * passed at installation are not generated.
 */
@ConfigurationProperties("gongkai.obligations.periodic")
record PeriodicSettings(LocalDate since) {
}
