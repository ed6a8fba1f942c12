package cn.gongkai.publishing.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Attachments of records. */
public interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByRecordIdOrderByIdAsc(long recordId);
}
