package cn.gongkai.organization;

/** A role for an organ, optionally narrowed to a department ({@code departmentId} may be null). */
public record Grant(Role role, long organId, Long departmentId) implements java.io.Serializable {
}
