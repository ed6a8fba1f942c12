package cn.gongkai.registers.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the bulk import (批量导入).
 *
 * @param maxBytes the largest file accepted (413 above it): 16 MB hold about 330,000 lines of the A-grade
 *        list; a larger list is imported as several files (each all or nothing). The multipart limit
 *        {@code spring.servlet.multipart.max-file-size} (20 MB) must not be smaller
 * @param maxLines the most data lines one file may hold (413 above it)
 * @param chunk how many lines are validated and staged per transaction (progress is written per chunk)
 * @param staleAfter a RUNNING import whose heartbeat is older than this was killed with its node
 *        and is marked ABORTED (its STAGED rows deleted); the heartbeat is written per chunk, so
 *        this must be far longer than one chunk takes
 */
@ConfigurationProperties("gongkai.registers.imports")
record ImportSettings(@DefaultValue("16MB") DataSize maxBytes, @DefaultValue("500000") int maxLines,
        @DefaultValue("1000") int chunk, @DefaultValue("2m") Duration staleAfter) {
}
