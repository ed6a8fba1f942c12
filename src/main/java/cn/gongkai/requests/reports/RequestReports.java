package cn.gongkai.requests.reports;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import cn.gongkai.requests.RequestStatistics;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.console.StaffScope;

/**
 * Statistics for the annual report (API and console page) and the proactive-disclosure candidates
 * (API and console page with the "suggest" action), for organs the staff member sees.
 */
public class RequestReports {

    static final int FIRST_YEAR = 2008;

    /** Resolves the organ (default: the staff member's own) and checks that it is visible. */
    public static Organ organ(Organization organization, StaffScope scope, StaffMember staff, String code) {
        Organ organ = code == null || code.isBlank() ? organization.organ(staff.organId()).orElseThrow()
                : organization.organByCode(code)
                        .orElseThrow(() -> GongkaiException.invalid("organ", "requests.apply.error.organ"));
        if (!scope.sees(staff, organ.getId())) {
            throw GongkaiException.notFound("organ", code);
        }
        return organ;
    }

    static int year(Integer year, RequestClock clock) {
        int y = year == null ? clock.today().getYear() : year;
        if (y < FIRST_YEAR || y > clock.today().getYear()) {
            throw GongkaiException.invalid("year", "requests.statistics.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(clock.today().getYear()));
        }
        return y;
    }

    @RestController
    public static class Api {

        private final CurrentStaff current;
        private final Organization organization;
        private final StaffScope scope;
        private final RequestStatistics statistics;
        private final DisclosureCandidates candidates;
        private final RequestClock clock;

        Api(CurrentStaff current, Organization organization, StaffScope scope, RequestStatistics statistics,
                DisclosureCandidates candidates, RequestClock clock) {
            this.current = current;
            this.organization = organization;
            this.scope = scope;
            this.statistics = statistics;
            this.candidates = candidates;
            this.clock = clock;
        }

        @Operation(summary = "Annual-report statistics of requests for an organ and year")
        @GetMapping("/api/v1/requests/statistics")
        RequestStatistics.Table statistics(@RequestParam(required = false) String organ,
                @RequestParam(required = false) Integer year) {
            Organ o = organ(organization, scope, current.get(), organ);
            return statistics.forYear(o.getId(), year(year, clock));
        }

        @Operation(summary = "Groups of similar requests: candidates for proactive disclosure")
        @GetMapping("/api/v1/requests/candidates")
        List<DisclosureCandidates.Group> candidates(@RequestParam(required = false) String organ) {
            return candidates.groups(organ(organization, scope, current.get(), organ).getId());
        }
    }

    @Controller
    public static class Console {

        private final CurrentStaff current;
        private final Organization organization;
        private final StaffScope scope;
        private final RequestStatistics statistics;
        private final DisclosureCandidates candidates;
        private final RequestClock clock;

        Console(CurrentStaff current, Organization organization, StaffScope scope, RequestStatistics statistics,
                DisclosureCandidates candidates, RequestClock clock) {
            this.current = current;
            this.organization = organization;
            this.scope = scope;
            this.statistics = statistics;
            this.candidates = candidates;
            this.clock = clock;
        }

        @Bean
        static ConsoleMenuItem requestStatisticsMenu() {
            return new ConsoleMenuItem(310, "/console/requests/statistics", "requests.menu.statistics", "SUPERVISOR");
        }

        @GetMapping("/console/requests/statistics")
        String statistics(@RequestParam(required = false) String organ, @RequestParam(required = false) Integer year,
                Model model) {
            StaffMember staff = current.get();
            Organ o = organ(organization, scope, staff, organ);
            int y = year(year, clock);
            model.addAttribute("organ", o);
            model.addAttribute("year", y);
            model.addAttribute("organs", scope.visibleOrganList(staff));
            model.addAttribute("table", statistics.forYear(o.getId(), y));
            model.addAttribute("columns", RequestStatistics.Column.values());
            return "requests/console-statistics";
        }

        @GetMapping("/console/requests/candidates")
        String candidates(@RequestParam(required = false) String organ, @RequestParam(required = false) String done,
                Model model) {
            StaffMember staff = current.get();
            Organ o = organ(organization, scope, staff, organ);
            model.addAttribute("organ", o);
            model.addAttribute("organs", scope.visibleOrganList(staff));
            model.addAttribute("groups", candidates.groups(o.getId()));
            model.addAttribute("done", done);
            return "requests/console-candidates";
        }

        @PostMapping("/console/requests/candidates")
        String suggest(@RequestParam String organ, @RequestParam String key) {
            StaffMember staff = current.get();
            Organ o = organ(organization, scope, staff, organ);
            candidates.suggest(staff, o.getId(), key);
            return "redirect:/console/requests/candidates?organ=" + o.getCode() + "&done=suggested";
        }
    }
}
