package cn.gongkai.publishing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of publishing ({@code gongkai.publishing.*}).
 *
 * @param indexNumberFormat index-number pattern with {@code {organizationCode}}, {@code {organCode}},
 *        {@code {year}} and {@code {seq}}; default {@code {organizationCode}/{year}-{seq}} (SPEC M3)
 * @param sequenceDigits zero-padded width of {@code {seq}}
 * @param maxAttachmentSize largest accepted attachment
 * @param departmentReview whether submissions pass a department review first (skipped anyway in an
 *        organ where nobody holds DEPARTMENT_REVIEWER)
 * @param schedulerInterval how often scheduled publications are looked for
 */
@ConfigurationProperties("gongkai.publishing")
public record PublishingSettings(
        @DefaultValue("{organizationCode}/{year}-{seq}") String indexNumberFormat,
        @DefaultValue("5") int sequenceDigits,
        @DefaultValue("20MB") DataSize maxAttachmentSize,
        @DefaultValue("true") boolean departmentReview,
        @DefaultValue("30s") Duration schedulerInterval) {
}
