package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;

import cn.gongkai.obligations.rulebook.RulebookException;

/** A malformed rulebook stops the platform's start, naming the file, the rule and the reason. */
class RulebookStartupTests {

    @Test
    void malformedRulebookStopsTheStartNamingFileRuleAndReason() {
        assertThatThrownBy(() -> PlainContexts.platform()
                .properties("server.port=0", "gongkai.obligations.jobs.enabled=false",
                        "gongkai.obligations.rulebook.location=classpath:obligations/rulebook-unknown-role.yml")
                .run().close())
                .satisfies(e -> {
                    Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
                    assertThat(root).isInstanceOf(RulebookException.class)
                            .hasMessageContaining("rulebook-unknown-role.yml")
                            .hasMessageContaining("reg-33-request-reply")
                            .hasMessageContaining("unknown role 'CLERK'");
                });
    }
}
