package cn.gongkai.calendar;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The known holiday years (public) and the administrator's upload of a year's notice. */
@RestController
@Tag(name = "calendar")
class HolidayYearsApi {

    private final WorkingCalendar calendar;
    private final HolidayYears years;

    HolidayYearsApi(WorkingCalendar calendar, HolidayYears years) {
        this.calendar = calendar;
        this.years = years;
    }

    /** {@code source}: "shipped" (release data) or "uploaded". */
    record YearAnswer(int year, String source, Instant uploadedAt, String uploadedBy) {
    }

    record YearDays(int year, String source, List<CalendarDay> days) {
    }

    @Operation(summary = "Years whose holiday arrangements are known")
    @GetMapping("/api/v1/calendar/years")
    List<YearAnswer> years() {
        return years.knownYears().stream().map(y -> new YearAnswer(y.year(), y.upload() == null ? "shipped" : "uploaded",
                y.upload() == null ? null : y.upload().uploadedAt(),
                y.upload() == null ? null : y.upload().uploadedBy())).toList();
    }

    @Operation(summary = "The holidays and make-up working days of a known year",
            description = "422 CALENDAR_YEAR_UNKNOWN for a year without data.")
    @GetMapping("/api/v1/calendar/years/{year}")
    YearDays year(@Parameter(example = "2024") @PathVariable String year) {
        int y = parseYear(year);
        List<CalendarDay> days = calendar.holidaysAndMakeupDays(y);
        return new YearDays(y, years.isUploaded(y) ? "uploaded" : "shipped", days);
    }

    @Operation(summary = "Load a year's holiday notice (administrators)",
            description = "Body: JSON as shipped ({\"year\":2027,\"days\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\","
                    + "\"isOffDay\":true}]}) or CSV (date,name,isOffDay; header optional), UTF-8. Dates must lie in "
                    + "the year or its neighbours, without duplicates; names non-empty. Replaces the shipped or "
                    + "earlier uploaded data of the year at once; audited. 400 names each bad line/field.",
            security = @SecurityRequirement(name = "bearer"))
    @PostMapping(path = "/api/v1/calendar/years/{year}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    HolidayYears.Uploaded upload(@PathVariable String year, @RequestHeader(HttpHeaders.CONTENT_TYPE) String type,
            @RequestBody byte[] body, Authentication user) {
        return years.upload(parseYear(year), HolidayFiles.Format.of(type, null), body, null, user.getName());
    }

    private static int parseYear(String year) {
        if (!year.matches("[0-9]{4}")) {
            throw GongkaiException.invalid("year", "calendar.upload.error.year", String.valueOf(HolidayFiles.MIN_YEAR),
                    String.valueOf(HolidayFiles.MAX_YEAR));
        }
        return Integer.parseInt(year);
    }
}
