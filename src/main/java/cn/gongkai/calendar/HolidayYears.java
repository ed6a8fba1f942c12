package cn.gongkai.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.AuditLog;

/**
 * The administrator's use cases on the holiday data (SPEC M1, M12): load a year's State Council
 * notice without a new release, and see which years are known and from where. An upload is
 * validated completely, stored and audited in one transaction, then the {@link WorkingCalendar}
 * is refreshed; other nodes notice the change within a minute.
 */
@Service
class HolidayYears {

    private final WorkingCalendar calendar;
    private final UploadedHolidayYears uploads;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private volatile UploadedHolidayYears.Signature loaded;

    HolidayYears(WorkingCalendar calendar, UploadedHolidayYears uploads, AuditLog audit,
            TransactionTemplate transactions, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.calendar = calendar;
        this.uploads = uploads;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        refresh();
    }

    /** The outcome of an upload, for the answer and the audit entry. */
    record Uploaded(int year, int days, long holidays, long makeupDays, String replaced) {
    }

    /** Where a known year's data comes from; {@code upload} is null for shipped years. */
    record KnownYear(int year, UploadedHolidayYears.Upload upload, List<HolidayBlock> blocks) {
    }

    /**
     * Validates and stores a year's notice, replacing the shipped file or an earlier upload of that
     * year, audits it as {@code actor} and refreshes the calendar.
     *
     * @throws cn.gongkai.platform.GongkaiException 400 naming every problem of the file
     */
    Uploaded upload(int year, HolidayFiles.Format format, byte[] content, String fileName, String actor) {
        HolidayYear notice = HolidayFiles.parse(year, format, content);
        long off = notice.days().stream().filter(HolidayYear.Day::offDay).count();
        String replaced = isUploaded(year) ? "upload"
                : ShippedHolidays.load().stream().anyMatch(y -> y.year() == year) ? "shipped" : null;
        Uploaded result = new Uploaded(year, notice.days().size(), off, notice.days().size() - off, replaced);
        transactions.executeWithoutResult(tx -> {
            uploads.save(notice, format.name(), limit(fileName), clock.instant(), actor);
            audit.record("calendar.year-uploaded", "calendar-year", year, "format=" + format + " days="
                    + result.days() + " off=" + off + " makeup=" + result.makeupDays() + " replaced="
                    + (replaced == null ? "none" : replaced) + (fileName == null ? "" : " file=" + limit(fileName)));
        });
        refresh();
        // after the refresh: listeners (the ledger) recompute due dates with the new data
        events.publishEvent(new HolidayYearPublished(year, actor));
        return result;
    }

    /** Every known year, newest first, with its source and holiday blocks. */
    List<KnownYear> knownYears() {
        Map<Integer, UploadedHolidayYears.Upload> byYear = new TreeMap<>();
        uploads.uploads().forEach(u -> byYear.put(u.year(), u));
        return calendar.knownYears().stream().sorted((a, b) -> b - a)
                .map(y -> new KnownYear(y, byYear.get(y), HolidayBlock.of(calendar.holidaysAndMakeupDays(y))))
                .toList();
    }

    /** Whether the year's data comes from an upload (else from the release). */
    boolean isUploaded(int year) {
        return uploads.upload(year).isPresent();
    }

    /** Picks up uploads made on other nodes. */
    @Scheduled(fixedDelay = 60, initialDelay = 60, timeUnit = TimeUnit.SECONDS)
    void refreshIfChanged() {
        if (!uploads.signature().equals(loaded)) {
            refresh();
        }
    }

    private synchronized void refresh() {
        UploadedHolidayYears.Signature signature = uploads.signature();
        calendar.replace(DayTable.of(ShippedHolidays.load(), uploads.all()));
        loaded = signature;
    }

    private static String limit(String fileName) {
        return fileName == null || fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
    }
}
