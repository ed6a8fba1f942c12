package cn.gongkai.publishing.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.Editions;
import cn.gongkai.publishing.Gates;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.InterpretationForm;
import cn.gongkai.publishing.NondisclosureReason;
import cn.gongkai.publishing.RecordAccess;
import cn.gongkai.publishing.RecordState;
import cn.gongkai.publishing.RecordSteps;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Records;
import cn.gongkai.publishing.Reviewing;
import cn.gongkai.publishing.SeparationOfDuties;
import cn.gongkai.publishing.SeparationOfDuties.Duty;
import cn.gongkai.publishing.Validity;
import cn.gongkai.publishing.attachments.Attachments;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/** Staff console pages for records: list with filters, edit form, record page with history, review queue. */
@Controller
class RecordConsole {

    private final Drafting drafting;
    private final RecordAccess access;
    private final RecordSearch search;
    private final Records records;
    private final Editions editions;
    private final RecordSteps steps;
    private final Attachments attachments;
    private final Gates gates;
    private final Catalog catalog;
    private final Organization organization;
    private final CurrentStaff current;
    private final RecordViews views;
    private final SeparationOfDuties duties;

    RecordConsole(Drafting drafting, RecordAccess access, RecordSearch search, Records records, Editions editions,
            RecordSteps steps, Attachments attachments, Gates gates, Catalog catalog, Organization organization,
            CurrentStaff current, RecordViews views, SeparationOfDuties duties) {
        this.duties = duties;
        this.drafting = drafting;
        this.access = access;
        this.search = search;
        this.records = records;
        this.editions = editions;
        this.steps = steps;
        this.attachments = attachments;
        this.gates = gates;
        this.catalog = catalog;
        this.organization = organization;
        this.current = current;
        this.views = views;
    }

    @GetMapping("/console/records")
    String list(RecordSearch.Filter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        var result = search.find(current.get(), filter, PageRequest.of(Math.max(page, 1) - 1, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("states", RecordState.values());
        model.addAttribute("types", RecordType.values());
        return "publishing/record-list";
    }

    @GetMapping("/console/records/review")
    String queue(Model model) {
        model.addAttribute("records", search.queue(current.get()));
        return "publishing/review-queue";
    }

    @GetMapping("/console/records/new")
    String create(Model model) {
        return form(new RecordForm(), null, current.get().organId(), model);
    }

    @PostMapping("/console/records")
    String save(@ModelAttribute("form") RecordForm form, Model model, RedirectAttributes redirect) {
        StaffMember staff = current.get();
        try {
            Drafting.Saved saved = drafting.create(staff, form.toInput());
            flashWarnings(saved, redirect);
            return "redirect:/console/records/" + saved.record().getId();
        }
        catch (GongkaiException e) {
            return refused(e, form, null, staff.organId(), model);
        }
    }

    @GetMapping("/console/records/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        GovernmentRecord r = access.require(current.get(), id, Role.DRAFTER);
        String code = r.getCatalogEntryId() == null ? null
                : catalog.entry(r.getCatalogEntryId()).map(CatalogEntry::getCode).orElse(null);
        return form(RecordForm.of(r, code), r, r.getOrganId(), model);
    }

    @PostMapping("/console/records/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RecordForm form, Model model,
            RedirectAttributes redirect) {
        StaffMember staff = current.get();
        GovernmentRecord r = access.require(staff, id, Role.DRAFTER);
        try {
            flashWarnings(drafting.update(staff, id, form.toInput()), redirect);
            return "redirect:/console/records/" + id;
        }
        catch (GongkaiException e) {
            return refused(e, form, r, r.getOrganId(), model);
        }
    }

    @GetMapping("/console/records/{id}")
    String detail(@PathVariable long id, Model model) {
        StaffMember staff = current.get();
        GovernmentRecord r = access.visible(staff, id);
        model.addAttribute("record", r);
        model.addAttribute("organ", organization.organ(r.getOrganId()).orElseThrow());
        model.addAttribute("publicPath", RecordViews.publicPath(organization.organ(r.getOrganId()).orElseThrow(), id));
        model.addAttribute("catalogEntry", r.getCatalogEntryId() == null ? null
                : catalog.entry(r.getCatalogEntryId()).orElse(null));
        model.addAttribute("steps", steps.findByRecordIdOrderByAtAscIdAsc(id));
        model.addAttribute("editions", editions.findByRecordIdOrderByNumberAsc(id));
        model.addAttribute("attachments", attachments.inEdition(id, r.getEdition()));
        model.addAttribute("interpretations", records.findByInterpretationOfIdOrderByIdAsc(id));
        model.addAttribute("policy", r.getInterpretationOfId() == null ? null
                : records.findById(r.getInterpretationOfId()).orElse(null));
        boolean beforePublication = r.getState() == RecordState.DRAFT || Reviewing.roleFor(r.getState()) != null
                || r.getState() == RecordState.APPROVED;
        model.addAttribute("violations", beforePublication
                ? gates.violations(r, r.getState() == RecordState.DRAFT ? Stage.SUBMISSION : Stage.APPROVAL)
                        .stream().map(v -> views.text(v.messageKey(), v.args())).toList()
                : List.of());
        Role reviewRole = Reviewing.roleFor(r.getState());
        model.addAttribute("mayEdit", r.getState() == RecordState.DRAFT && access.mayAct(staff, r, Role.DRAFTER));
        boolean mayReview = reviewRole != null && access.mayAct(staff, r, reviewRole);
        boolean mayPublish = r.getState() == RecordState.APPROVED && access.mayAct(staff, r, Role.PUBLISHER);
        model.addAttribute("mayReview", mayReview);
        model.addAttribute("reviewRefusal", mayReview ? refusal(staff, r, Duty.REVIEW) : null);
        model.addAttribute("mayConfirm", (r.getState() == RecordState.DRAFT || reviewRole != null) && access.mayAct(
                staff, r, Role.DEPARTMENT_REVIEWER, Role.OFFICE_REVIEWER, Role.CONFIDENTIALITY_REVIEWER)
                && refusal(staff, r, Duty.CONFIRM_PERSONAL_DATA) == null);
        model.addAttribute("mayPublish", mayPublish);
        model.addAttribute("publishRefusal", mayPublish ? refusal(staff, r, Duty.PUBLISH) : null);
        model.addAttribute("mayRevise", r.getState() == RecordState.PUBLISHED
                && access.mayAct(staff, r, Role.DRAFTER, Role.PUBLISHER));
        model.addAttribute("mayWithdraw", r.getPublishedEdition() != null && r.getState() != RecordState.WITHDRAWN
                && access.mayAct(staff, r, Role.PUBLISHER, Role.OFFICE_REVIEWER));
        return "publishing/record-detail";
    }

    /** Why separation of duties keeps {@code staff} from {@code duty} here, in the UI language; null when it does not. */
    private String refusal(StaffMember staff, GovernmentRecord r, Duty duty) {
        return duties.refusal(staff, r, duty).map(x -> views.text(x.messageKey(), x.args())).orElse(null);
    }

    private String form(RecordForm form, GovernmentRecord record, long organId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("types", RecordType.values());
        model.addAttribute("attributes", DisclosureAttribute.values());
        model.addAttribute("reasons", NondisclosureReason.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("forms", InterpretationForm.values());
        model.addAttribute("entries", catalog.entriesFor(organId));
        return "publishing/record-form";
    }

    private String refused(GongkaiException e, RecordForm form, GovernmentRecord record, long organId, Model model) {
        model.addAttribute("error", views.text(e.messageKey(), e.args()));
        model.addAttribute("fieldErrors", e.fields().stream()
                .map(f -> f.field() + ": " + views.text(f.messageKey(), f.args())).toList());
        return form(form, record, organId, model);
    }

    private void flashWarnings(Drafting.Saved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("warnings", saved.warnings().stream()
                .map(w -> views.text(w.messageKey(), w.args())).toList());
        redirect.addFlashAttribute("notice", views.text("publishing.console.saved"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem recordsMenu() {
            return new ConsoleMenuItem(20, "/console/records", "publishing.menu.records", null);
        }

        @Bean
        ConsoleMenuItem reviewMenu() {
            return new ConsoleMenuItem(21, "/console/records/review", "publishing.menu.review", null);
        }

        @Bean
        ConsoleMenuItem coverageMenu() {
            return new ConsoleMenuItem(31, "/console/catalog/coverage", "publishing.menu.coverage", null);
        }
    }
}
