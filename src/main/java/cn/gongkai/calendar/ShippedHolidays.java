package cn.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.gongkai.platform.GongkaiException;

/**
 * The holiday notices shipped with the release: {@code classpath:calendar/holidays/YYYY.json},
 * copies of the State Council data in {@code reference/holidays/}. A broken shipped file is a
 * broken release, so it stops the start instead of being skipped.
 */
final class ShippedHolidays {

    static final String LOCATION = "classpath*:calendar/holidays/*.json";
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private ShippedHolidays() {
    }

    /** The shipped notices by ascending year, read once per class loader (they are part of the release). */
    static List<HolidayYear> load() {
        return Loaded.YEARS;
    }

    private static final class Loaded {
        static final List<HolidayYear> YEARS = List.copyOf(read());
    }

    private static List<HolidayYear> read() {
        List<HolidayYear> years = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Matcher name = YEAR_FILE.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    years.add(HolidayFiles.parse(Integer.parseInt(name.group(1)), HolidayFiles.Format.JSON,
                            in.readAllBytes()));
                }
                catch (GongkaiException e) {
                    throw new IllegalStateException("Shipped holiday file " + resource + " is invalid: "
                            + e.fields().stream().map(f -> f.field() + " " + f.messageKey()).toList(), e);
                }
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped holiday files", e);
        }
        years.sort(Comparator.comparingInt(HolidayYear::year));
        return years;
    }
}
