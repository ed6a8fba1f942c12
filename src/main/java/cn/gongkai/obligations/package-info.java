/**
 * Obligations (M2): the rulebook of deadline rules with their legal sources, the ledger of
 * obligations, reminders and escalation, and compliance figures. Other modules never compute a
 * deadline or keep a ledger of their own: they publish the events of this package and the
 * engine opens, pauses, extends and closes obligations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Obligations",
        allowedDependencies = { "platform", "calendar", "organization" })
package cn.gongkai.obligations;
