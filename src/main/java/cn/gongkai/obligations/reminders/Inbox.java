package cn.gongkai.obligations.reminders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of inbox messages. */
interface Inbox extends JpaRepository<InboxMessage, Long> {

    boolean existsByRecipientIdAndObligationIdAndKind(long recipientId, long obligationId, ReminderKind kind);

    List<InboxMessage> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<InboxMessage> findByRecipientIdAndReadAtIsNull(long recipientId);

    Optional<InboxMessage> findByIdAndRecipientId(long id, long recipientId);

    long countByObligationIdAndKind(long obligationId, ReminderKind kind);
}
