package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public calendar API (no login): the calendar of a day and the due date of a period. */
@RestController
@Tag(name = "calendar", description = "Official working-day calendar of mainland China and legal deadlines "
        + "(民法典 art. 201, 203; 政府信息公开条例)")
class CalendarApi {

    private final WorkingCalendar calendar;
    private final MessageSource messages;

    CalendarApi(WorkingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** {@code holiday}: the holiday of a HOLIDAY or MAKEUP_WORKDAY, else null (always present). */
    record DayAnswer(String date, boolean workingDay, DayKind kind,
            @JsonInclude(JsonInclude.Include.ALWAYS) String holiday) {
    }

    /**
     * @param provisional the due day falls from 20 December of the last year with holiday data on:
     *                    the next year's notice may move it ({@code provisionalNote} says so)
     */
    record DueAnswer(String due, Map<String, Object> explanation, boolean provisional, String provisionalNote) {
    }

    @Operation(summary = "The calendar of a day",
            description = "kind: WORKDAY, WEEKEND, HOLIDAY or MAKEUP_WORKDAY (调休上班日); holiday names the "
                    + "holiday of a HOLIDAY or MAKEUP_WORKDAY, null otherwise. 400 for a malformed date; 422 "
                    + "(code CALENDAR_YEAR_UNKNOWN) for a year whose holiday arrangements are not published.")
    @ApiResponse(responseCode = "200", description = "e.g. {\"date\":\"2024-10-01\",\"workingDay\":false,"
            + "\"kind\":\"HOLIDAY\",\"holiday\":\"国庆节\"}")
    @GetMapping("/api/v1/calendar/days/{date}")
    DayAnswer day(@Parameter(description = "yyyy-MM-dd", example = "2024-10-01") @PathVariable String date) {
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        catch (DateTimeParseException e) {
            throw GongkaiException.invalid("date", "calendar.day.error.date");
        }
        CalendarDay day = calendar.day(parsed);
        return new DayAnswer(day.date().toString(), day.isWorkingDay(), day.kind(), day.holiday());
    }

    @Operation(summary = "The due date of a period",
            description = "Exactly one period parameter. The day of `from` is not counted (民法典 art. 201). "
                    + "workingDays skips weekends and holidays and counts make-up working days; days ends on the "
                    + "next working day when its last day is a rest day (民法典 art. 203); hours run continuously "
                    + "from a date-time and answer a date-time (+08:00); dayOfNextMonth and beforeMonthDay "
                    + "(MM-dd of the year after `from`, inclusive) move off rest days; within=quarter|year gives "
                    + "the end of the quarter/year. `pause` (repeatable, yyyy-MM-dd/yyyy-MM-dd) stops the clock "
                    + "of workingDays and days (政府信息公开条例 art. 32). explain=true adds the steps in the "
                    + "request's language (?lang=en). 400 names the bad parameter; 422 CALENDAR_YEAR_UNKNOWN.")
    @ApiResponse(responseCode = "200", description = "e.g. {\"due\":\"2024-10-12\"}")
    @GetMapping("/api/v1/calendar/due")
    DueAnswer due(
            @Parameter(description = "Day (yyyy-MM-dd) or date-time (2024-09-27T09:30, offset optional, "
                    + "Asia/Shanghai by default) of the triggering event", example = "2024-09-27")
            @RequestParam(required = false) String from,
            @Parameter(description = "Working days, 1..3650", example = "7")
            @RequestParam(required = false) String workingDays,
            @Parameter(description = "Calendar days, 1..3650") @RequestParam(required = false) String days,
            @Parameter(description = "Hours, 1..87600") @RequestParam(required = false) String hours,
            @Parameter(description = "Day of the following month, 1..31")
            @RequestParam(required = false) String dayOfNextMonth,
            @Parameter(description = "MM-dd of the following year, e.g. 01-31")
            @RequestParam(required = false) String beforeMonthDay,
            @Parameter(description = "quarter or year") @RequestParam(required = false) String within,
            @Parameter(description = "Paused days yyyy-MM-dd/yyyy-MM-dd or yyyy-MM-dd, repeatable")
            @RequestParam(required = false) List<String> pause,
            @Parameter(description = "Add the explanation") @RequestParam(defaultValue = "false") boolean explain) {
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("workingDays", workingDays);
        periods.put("days", days);
        periods.put("hours", hours);
        periods.put("dayOfNextMonth", dayOfNextMonth);
        periods.put("beforeMonthDay", beforeMonthDay);
        periods.put("within", within);
        DueQuery query = DueQuery.parse(from, periods, pause);
        Due due = query.startTime() != null ? calendar.due(query.period(), query.startTime().toInstant())
                : calendar.due(query.period(), query.start(), query.pauses());
        String answer = query.startTime() != null
                ? due.deadline().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : due.date().toString();
        boolean provisional = calendar.isProvisional(due.date());
        return new DueAnswer(answer, explain
                ? new ExplanationView(messages, LocaleContextHolder.getLocale()).render(due.explain()) : null,
                provisional, provisional ? messages.getMessage("calendar.due.provisional", null,
                        LocaleContextHolder.getLocale()) : null);
    }
}
