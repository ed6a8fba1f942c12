package cn.gongkai.obligations.rulebook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rulebook is read from ({@code gongkai.obligations.rulebook.location}, env
 * {@code GONGKAI_OBLIGATIONS_RULEBOOK_LOCATION}): the file shipped in the build by default; an
 * administrator may point it at an edited copy ({@code file:/etc/gongkai/rulebook.yml}).
 */
@ConfigurationProperties("gongkai.obligations.rulebook")
record RulebookSettings(@DefaultValue("classpath:obligations/rulebook.yml") String location) {
}
