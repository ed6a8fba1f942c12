package cn.gongkai.requests.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodeTests {

    @Test
    void isSixteenCrockfordCharactersShownInFourGroups() {
        TrackingCode code = TrackingCode.random(new SecureRandom());
        assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(code.display()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    }

    @Test
    void carriesEightyRandomBitsSoThatCodesDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(TrackingCode.random(random).value())).isTrue();
        }
        // every position takes many values: no fixed prefix that would shrink the space
        for (int pos = 0; pos < 16; pos++) {
            int p = pos;
            assertThat(seen.stream().map(s -> s.charAt(p)).distinct().count()).isEqualTo(32);
        }
    }

    @Test
    void readsWhatPeopleTypeForgivingCaseHyphensAndLookalikes() {
        TrackingCode code = TrackingCode.parse("7k3m-q9xd-2f8h-wp4c").orElseThrow();
        assertThat(code.value()).isEqualTo("7K3MQ9XD2F8HWP4C");
        assertThat(TrackingCode.parse("7K3M Q9XD 2F8H WP4C")).contains(code);
        assertThat(TrackingCode.parse("OOOO-IIII-LLLL-0000").orElseThrow().value()).isEqualTo("0000111111110000");
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(TrackingCode.parse("7K3M-Q9XD-2F8H")).isEmpty();
        assertThat(TrackingCode.parse("7K3M-Q9XD-2F8H-WP4U")).isEmpty();
        assertThat(TrackingCode.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(TrackingCode.parse(null)).isEmpty();
    }
}
