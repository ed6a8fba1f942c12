package cn.gongkai.organization;

/** An organ's openness office was edited (the public guide shows it, so kept pages are stale). */
public record OpennessOfficeChanged(long organId) {
}
