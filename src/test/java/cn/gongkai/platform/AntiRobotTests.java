package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.MutableClock;

class AntiRobotTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final AntiRobot antiRobot = new AntiRobot(new AntiRobotSettings("on", ""), clock, new MemoryNonces());

    /** The store of used nonces for tests without a database. */
    static final class MemoryNonces implements UsedNonces {

        private final Map<String, Instant> used = new ConcurrentHashMap<>();

        @Override
        public boolean use(String nonce, Instant expires, Instant now) {
            used.values().removeIf(e -> e.isBefore(now));
            return used.putIfAbsent(nonce, expires) == null;
        }

        @Override
        public boolean isUsed(String nonce, Instant now) {
            return used.containsKey(nonce);
        }
    }

    @Test
    void passesTheRightAnswerOnceOnly() {
        AntiRobot.Challenge c = antiRobot.challenge();
        String answer = String.valueOf(c.a() + c.b());
        assertThat(antiRobot.passes(c.token(), answer, false)).isTrue();
        assertThat(antiRobot.passes(c.token(), answer, true)).isTrue();
        assertThat(antiRobot.passes(c.token(), answer, true)).isFalse();
    }

    @Test
    void refusesWrongAnswersForgedTokensAndExpiredChallenges() {
        AntiRobot.Challenge c = antiRobot.challenge();
        assertThat(antiRobot.passes(c.token(), String.valueOf(c.a() + c.b() + 1), true)).isFalse();
        String[] parts = c.token().split("\\.");
        String later = (Long.parseLong(parts[0]) + 3600) + "." + parts[1] + "." + parts[2];
        assertThat(antiRobot.passes(later, String.valueOf(c.a() + c.b()), true)).isFalse();
        assertThat(antiRobot.passes("garbage", "3", true)).isFalse();
        clock.advance(AntiRobot.LIFETIME.plusSeconds(1));
        assertThat(antiRobot.passes(c.token(), String.valueOf(c.a() + c.b()), true)).isFalse();
    }

    @Test
    void acceptsFullWidthDigitsAndChineseNumerals() {
        assertThat(AntiRobot.parseAnswer("１２")).isEqualTo(12);
        assertThat(AntiRobot.parseAnswer("十二")).isEqualTo(12);
        assertThat(AntiRobot.parseAnswer("七")).isEqualTo(7);
        // the largest sum of the question; the old private speller wrote it 十十
        assertThat(AntiRobot.parseAnswer("二十")).isEqualTo(20);
        assertThat(AntiRobot.parseAnswer("twelve")).isNull();
    }

    @Test
    void spellsNumbersAsLegalTextsAndTheQuestionDo() {
        assertThat(ChineseNumerals.of(0)).isEqualTo("零");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(15)).isEqualTo("十五");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(60)).isEqualTo("六十");
        assertThat(ChineseNumerals.of(105)).isEqualTo("一百零五");
    }

    @Test
    void asksInChineseWords() {
        AntiRobot.Challenge c = antiRobot.challenge();
        assertThat(c.questionZh()).isEqualTo(ChineseNumerals.of(c.a()) + "加" + ChineseNumerals.of(c.b()));
    }

    @Test
    void canBeSwitchedOff() {
        AntiRobot off = new AntiRobot(new AntiRobotSettings("off", ""), clock, new MemoryNonces());
        assertThat(off.enabled()).isFalse();
        assertThat(off.passes(null, null, true)).isTrue();
    }
}
