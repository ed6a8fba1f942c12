package cn.gongkai.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, the console's start page and the platform's own menu entries. */
@Controller
class PlatformPages {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/console")
    String console() {
        return "platform/console-home";
    }

    @Bean
    static ConsoleMenuItem auditMenu() {
        return new ConsoleMenuItem(900, "/console/audit", "platform.menu.audit", "ADMINISTRATOR");
    }
}
