package cn.gongkai.obligations.rulebook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import cn.gongkai.obligations.RuleIds;
import cn.gongkai.platform.ConsoleMenuItem;

/** Loads and validates the rulebook at start-up: a malformed rulebook stops the start. */
@Configuration(proxyBeanMethods = false)
class RulebookConfig {

    private static final Logger log = LoggerFactory.getLogger(RulebookConfig.class);

    @Bean
    Rulebook rulebook(RulebookSettings settings, ResourceLoader resources) {
        Resource resource = resources.getResource(settings.location());
        Rulebook rulebook = new RulebookLoader(RuleIds.all()).load(resource);
        log.info("Rulebook {} version {} loaded: {} rule versions, {} rules", rulebook.location(), rulebook.version(),
                rulebook.all().size(), rulebook.ids().size());
        return rulebook;
    }

    @Bean
    static ConsoleMenuItem rulebookMenu() {
        return new ConsoleMenuItem(420, "/console/obligations/rules", "obligations.menu.rules", null);
    }
}
