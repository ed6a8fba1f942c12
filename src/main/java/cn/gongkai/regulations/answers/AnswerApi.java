package cn.gongkai.regulations.answers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The 12366 knowledge base over JSON. Staff: write, edit and review answers. Public: list with
 * text search and read one, with {@code flagged} and the notices naming the changed citations.
 */
@RestController
@Tag(name = "12366 answers", description = "12366 knowledge base: answers citing library provisions by eId")
class AnswerApi {

    private static final int PAGE_SIZE = 20;

    private final Answers answers;
    private final AnswerStore store;
    private final Organization organization;
    private final CurrentStaff current;

    AnswerApi(Answers answers, AnswerStore store, Organization organization, CurrentStaff current) {
        this.answers = answers;
        this.store = store;
        this.organization = organization;
        this.current = current;
    }

    @Operation(summary = "Write a 12366 answer (DRAFTER, OFFICE_REVIEWER or ADMINISTRATOR of the owning organ)",
            description = "question (≤500) and answer (≤8000) required; citations [{documentId, eId}] must name an "
                    + "existing document and provision, else 422 naming citations[i].eId; ownerOrgan defaults to "
                    + "the writer's organ; state PUBLISHED (default) or WITHDRAWN.")
    @PostMapping("/api/v1/regulations/answers")
    @ResponseStatus(HttpStatus.CREATED)
    AnswerJson create(@RequestBody Answer.Input in) {
        return AnswerJson.of(answers.create(current.get(), body(in)), organization, true);
    }

    @Operation(summary = "Edit a 12366 answer (its citations replaced as given); a flag stays until reviewed")
    @PutMapping("/api/v1/regulations/answers/{id}")
    AnswerJson update(@PathVariable long id, @RequestBody Answer.Input in) {
        return AnswerJson.of(answers.update(current.get(), id, body(in)), organization, true);
    }

    @Operation(summary = "Review a flagged answer after its citation changed (OFFICE_REVIEWER or ADMINISTRATOR)",
            description = "Without a body (or an empty one) the answer is confirmed as it stands; with question and "
                    + "answer it is edited. Closes every flag and the kb-answer-review obligation; 422 NOT_FLAGGED "
                    + "when nothing is flagged.")
    @PostMapping("/api/v1/regulations/answers/{id}/review")
    AnswerJson review(@PathVariable long id, @RequestBody(required = false) Answer.Input edit) {
        Answer.Input given = edit == null || edit.question() == null && edit.answer() == null && edit.citations() == null
                ? null : edit;
        return AnswerJson.of(answers.review(current.get(), id, given), organization, true);
    }

    @Operation(summary = "A 12366 answer as staff see it (any state)")
    @GetMapping("/api/v1/regulations/answers/{id}")
    AnswerJson staffGet(@PathVariable long id) {
        current.get();
        return AnswerJson.of(answers.require(id), organization, true);
    }

    @Operation(summary = "Published 12366 answers, newest first; q searches question, answer, category, keywords")
    @GetMapping("/api/v1/public/regulations/answers")
    AnswerJson.Page list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        int p = Math.max(1, page);
        var items = store.search(q, (p - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(a -> new AnswerJson.Summary(a.id(), a.question(), a.category(),
                        organization.organ(a.ownerOrganId()).map(o -> o.getCode()).orElse(null), a.flagged(),
                        "/regulations/answers/" + a.id()))
                .toList();
        return new AnswerJson.Page(items, p, store.count(q));
    }

    @Operation(summary = "One published 12366 answer: citations with today's validity, flagged and its notices")
    @GetMapping("/api/v1/public/regulations/answers/{id}")
    AnswerJson get(@PathVariable long id) {
        Answer a = answers.require(id);
        if (a.state() != Answer.AnswerState.PUBLISHED) {
            throw GongkaiException.notFound("answer", id);
        }
        return AnswerJson.of(a, organization, false);
    }

    private static Answer.Input body(Answer.Input in) {
        if (in == null) {
            throw GongkaiException.invalid("question", "platform.error.required");
        }
        return in;
    }
}
