package cn.gongkai.registers.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.AntPathMatcher;

import cn.gongkai.platform.PageCacheSettings;

/** The page cache keeps the register pages by default, but never the rate-limited taxpayer query. */
class RegisterPageCachePathsTests {

    private final PageCacheSettings settings = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("gongkai.page-cache", PageCacheSettings.class);
    private final AntPathMatcher matcher = new AntPathMatcher();

    private boolean kept(String path) {
        return settings.paths().stream().anyMatch(p -> matcher.match(p, path));
    }

    @Test
    void registerListsAndRowsAreKeptTheQueryIsNot() {
        assertThat(kept("/registers")).isTrue();
        assertThat(kept("/registers/a-grade-taxpayers")).isTrue();
        assertThat(kept("/registers/arrears")).isTrue();
        assertThat(kept("/registers/licensing-decisions/rows/12")).isTrue();
        assertThat(kept("/registers/query")).isFalse();
        assertThat(kept("/registers/queryx")).isTrue();
    }
}
