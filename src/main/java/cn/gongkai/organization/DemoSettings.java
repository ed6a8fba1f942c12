package cn.gongkai.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data ({@code gongkai.demo.*}). {@code mode}: {@code auto} loads the demo accounts on first
 * start in embedded mode (H2) only, {@code on} always on first start, {@code off} never.
 */
@ConfigurationProperties("gongkai.demo")
record DemoSettings(String mode, String password) {

    boolean enabledFor(String jdbcUrl) {
        return "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
    }
}
