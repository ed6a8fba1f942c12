package cn.gongkai.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** SAT's public home page at {@code /}: site identity and the entry points that exist. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
