package cn.gongkai.publishing.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Attachments of records. There is deliberately no "all files of a record": a record's files are
 * always those of one edition — the published one for the public, the draft's for its drafter.
 */
public interface Attachments extends JpaRepository<Attachment, Long> {

    /** The files of edition {@code edition} of the record: the public set for the published edition. */
    @Query("""
            select a from Attachment a where a.recordId = :record and a.fromEdition <= :edition
            and (a.untilEdition is null or a.untilEdition > :edition) order by a.id""")
    List<Attachment> inEdition(@Param("record") long recordId, @Param("edition") int edition);

    /** Whether {@code username} uploaded any file of the record, in any edition (separation of duties). */
    boolean existsByRecordIdAndUploadedBy(long recordId, String username);
}
