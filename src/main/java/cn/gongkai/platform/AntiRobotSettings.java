package cn.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.antirobot}.
 *
 * @param enabled "on" (default) or "off" (GONGKAI_ANTIROBOT=off: tests, or a deployment whose
 *                gateway already checks)
 * @param secret  HMAC key of the challenges; empty = random per start (one node only: several
 *                nodes must share one secret)
 */
@ConfigurationProperties("gongkai.antirobot")
public record AntiRobotSettings(@DefaultValue("on") String enabled, @DefaultValue("") String secret) {

    public boolean isOn() {
        return !"off".equalsIgnoreCase(enabled) && !"false".equalsIgnoreCase(enabled);
    }
}
