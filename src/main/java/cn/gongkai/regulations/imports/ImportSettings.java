package cn.gongkai.regulations.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the importer: {@code maxBytes}, the largest file accepted (a platform choice; the
 * multipart limit {@code spring.servlet.multipart.max-file-size} must not be smaller).
 */
@ConfigurationProperties("gongkai.regulations.import")
record ImportSettings(@DefaultValue("20MB") DataSize maxBytes) {
}
