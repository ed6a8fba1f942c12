package cn.gongkai.publishing.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.ReviewPolicies;

import io.swagger.v3.oas.annotations.Operation;

/** The organ's separation-of-duties setting over JSON: staff of the organ read it, its administrator changes it. */
@RestController
class ReviewPolicyApi {

    private final ReviewPolicies policies;
    private final Organization organization;
    private final CurrentStaff current;

    ReviewPolicyApi(ReviewPolicies policies, Organization organization, CurrentStaff current) {
        this.policies = policies;
        this.organization = organization;
        this.current = current;
    }

    /** The setting; {@code drafterNeverReviews} is always true (that rule is not configurable). */
    record PolicyView(String organ, boolean distinctStages, boolean drafterNeverReviews) {
    }

    /** A change: {@code distinctStages} is required. */
    record PolicyChange(Boolean distinctStages) {
    }

    @Operation(summary = "An organ's separation-of-duties setting",
            description = "distinctStages: each review stage and the publication by a different person (default "
                    + "true); a drafter never reviews or publishes their own record whatever it says.")
    @GetMapping("/api/v1/review-policies/{organCode}")
    PolicyView get(@PathVariable String organCode) {
        Organ organ = ReviewPolicyConsole.visible(organization, current.get(), organCode);
        return new PolicyView(organ.getCode(), policies.distinctStages(organ.getId()), true);
    }

    @Operation(summary = "Change an organ's separation-of-duties setting (the organ's administrator; 403 otherwise)")
    @PutMapping("/api/v1/review-policies/{organCode}")
    PolicyView put(@PathVariable String organCode, @RequestBody PolicyChange change) {
        if (change == null || change.distinctStages() == null) {
            throw GongkaiException.invalid("distinctStages", "platform.error.required");
        }
        policies.set(current.get(), organCode, change.distinctStages());
        return get(organCode);
    }
}
