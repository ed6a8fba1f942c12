package cn.gongkai.requests.intake;

import java.time.LocalDate;
import cn.gongkai.requests.replies.Refusals;

/** Refuses a step taken after the day it had to be taken by (when that day is known). */
public final class LocalDateCheck {

    private LocalDateCheck() {
    }

    public static void notAfter(LocalDate today, LocalDate limit, String code, String key) {
        if (limit != null && today.isAfter(limit)) {
            throw Refusals.of(code, key, limit.toString());
        }
    }
}
