package cn.gongkai.obligations;

/**
 * The record that caused an obligation, as the raising module names it: a type ("record",
 * "request", "licence" …), its id, and the staff-console path where it is handled.
 */
public record SubjectRef(String type, String id, String consolePath) {
}
