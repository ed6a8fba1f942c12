package cn.gongkai.requests;

import java.time.LocalDate;

/** Refuses a step taken after the day it had to be taken by (when that day is known). */
final class LocalDateCheck {

    private LocalDateCheck() {
    }

    static void notAfter(LocalDate today, LocalDate limit, String code, String key) {
        if (limit != null && today.isAfter(limit)) {
            throw Refusals.of(code, key, limit.toString());
        }
    }
}
