package cn.gongkai.platform;

/**
 * An entry of the staff console's menu, contributed by a module as a bean. {@code role} is the
 * role name (without {@code ROLE_}) a user needs to see it, or null for every staff member.
 */
public record ConsoleMenuItem(int order, String path, String labelKey, String role) {
}
