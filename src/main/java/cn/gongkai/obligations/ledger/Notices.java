package cn.gongkai.obligations.ledger;

import cn.gongkai.obligations.rulebook.Rule;

/**
 * Sends an obligation's reminder or escalation (inbox, e-mail) inside the scan's transaction.
 * Implemented by the reminders feature.
 */
public interface Notices {

    /** Notifies the holders of the rule's responsible role in the organ; returns how many were notified. */
    int dueSoon(Obligation obligation, Rule rule);

    /** Notifies the organ's supervisors that the obligation is overdue; returns how many were notified. */
    int overdue(Obligation obligation, Rule rule);
}
