package cn.gongkai.requests.replies;

import cn.gongkai.platform.GongkaiException;

/** Shorthands for this module's refusals (422 with a stable code, or 400 naming a field). */
public final class Refusals {

    private Refusals() {
    }

    public static GongkaiException of(String code, String key, Object... args) {
        return GongkaiException.refused(code, key, args);
    }

    public static GongkaiException invalid(String field, String key, Object... args) {
        return GongkaiException.invalid(field, key, args);
    }
}
