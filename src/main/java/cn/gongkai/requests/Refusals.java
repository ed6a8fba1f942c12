package cn.gongkai.requests;

import cn.gongkai.platform.GongkaiException;

/** Shorthands for this module's refusals (422 with a stable code, or 400 naming a field). */
final class Refusals {

    private Refusals() {
    }

    static GongkaiException of(String code, String key, Object... args) {
        return GongkaiException.refused(code, key, args);
    }

    static GongkaiException invalid(String field, String key, Object... args) {
        return GongkaiException.invalid(field, key, args);
    }
}
