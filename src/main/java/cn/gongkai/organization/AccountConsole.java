package cn.gongkai.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** A staff member's own account: change password, turn the TOTP second factor on or off. */
@Controller
class AccountConsole {

    private static final String PENDING = "gongkai.totp.pending";

    private final StaffAdministration staff;
    private final AccountSecurity security;
    private final CurrentStaff current;
    private final FormErrors errors;
    private final AccountStamps stamps;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountConsole(StaffAdministration staff, AccountSecurity security, CurrentStaff current, FormErrors errors,
            AccountStamps stamps) {
        this.stamps = stamps;
        this.staff = staff;
        this.security = security;
        this.current = current;
        this.errors = errors;
    }

    @Bean
    static ConsoleMenuItem accountMenu() {
        return new ConsoleMenuItem(990, "/console/account", "organization.menu.account", null);
    }

    @GetMapping("/console/account")
    String account(Model model, HttpSession session) {
        model.addAttribute("me", current.get());
        model.addAttribute("totpEnabled", security.totpEnabled());
        Object pending = session.getAttribute(PENDING);
        if (pending instanceof AccountSecurity.TotpEnrolment enrolment) {
            model.addAttribute("enrolment", enrolment);
        }
        return "organization/account";
    }

    @PostMapping("/console/account/password")
    String password(String oldPassword, String newPassword, Model model, HttpSession session,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            staff.changeOwnPassword(oldPassword, newPassword);
        }
        catch (GongkaiException e) {
            model.addAttribute("errors", errors.byField(e));
            return account(model, session);
        }
        // the change ended every session of the account; this one goes on with the new stamp
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(stamps.current(current.get().id(),
                SecurityContextHolder.getContext().getAuthentication().getDetails()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("done", "organization.account.passwordChanged");
        return "redirect:/console/account";
    }

    @PostMapping("/console/account/totp/start")
    String startTotp(HttpSession session) {
        session.setAttribute(PENDING, security.startTotp());
        return "redirect:/console/account";
    }

    @PostMapping("/console/account/totp/confirm")
    String confirmTotp(String code, Model model, HttpSession session, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PENDING);
        try {
            security.confirmTotp(pending instanceof AccountSecurity.TotpEnrolment e ? e.secret() : null, code);
        }
        catch (GongkaiException e) {
            model.addAttribute("errors", errors.byField(e));
            return account(model, session);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("done", "organization.account.totpEnabled");
        return "redirect:/console/account";
    }

    @PostMapping("/console/account/totp/disable")
    String disableTotp(String code, Model model, HttpSession session, RedirectAttributes redirect) {
        try {
            security.disableTotp(code);
        }
        catch (GongkaiException e) {
            model.addAttribute("errors", errors.byField(e));
            return account(model, session);
        }
        redirect.addFlashAttribute("done", "organization.account.totpDisabled");
        return "redirect:/console/account";
    }
}
