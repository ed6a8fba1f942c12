package cn.gongkai.publishing.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.ReviewPolicies;

/**
 * The organ's separation-of-duties setting in the console, {@code /console/review-policy}: the
 * organ's administrator changes it, other staff see it (the API is {@link ReviewPolicyApi}).
 */
@Controller
class ReviewPolicyConsole {

    private final ReviewPolicies policies;
    private final Organization organization;
    private final CurrentStaff current;
    private final RecordViews views;

    ReviewPolicyConsole(ReviewPolicies policies, Organization organization, CurrentStaff current, RecordViews views) {
        this.policies = policies;
        this.organization = organization;
        this.current = current;
        this.views = views;
    }

    @GetMapping("/console/review-policy")
    String page(@RequestParam(required = false) String organ, Model model) {
        StaffMember staff = current.get();
        Organ shown = organ == null || organ.isBlank() ? organization.organ(staff.organId()).orElseThrow()
                : visible(organization, staff, organ);
        List<Organ> administered = organization.all().stream().filter(o -> policies.mayChange(staff, o.getId()))
                .toList();
        model.addAttribute("organ", shown);
        model.addAttribute("organs", administered.isEmpty() ? List.of(shown) : administered);
        model.addAttribute("distinctStages", policies.distinctStages(shown.getId()));
        model.addAttribute("mayChange", policies.mayChange(staff, shown.getId()));
        return "publishing/review-policy";
    }

    @PostMapping("/console/review-policy")
    String save(@RequestParam String organ, @RequestParam(defaultValue = "false") boolean distinctStages,
            RedirectAttributes redirect) {
        policies.set(current.get(), organ, distinctStages);
        redirect.addFlashAttribute("notice", views.text("publishing.policy.saved"));
        return "redirect:/console/review-policy?organ=" + organ;
    }

    static Organ visible(Organization organization, StaffMember staff, String code) {
        Organ organ = organization.requireOrgan("organ", code);
        if (!organization.maySee(staff, organ.getId())) {
            throw GongkaiException.forbidden();
        }
        return organ;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem reviewPolicyMenu() {
            return new ConsoleMenuItem(32, "/console/review-policy", "publishing.menu.reviewPolicy", "ADMINISTRATOR");
        }
    }
}
