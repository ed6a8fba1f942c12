package cn.gongkai.publishing.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attachments of records. */
public interface Attachments extends JpaRepository<Attachment, Long> {

    /** Every file the record ever had, in any edition (staff history, downloads by staff). */
    List<Attachment> findByRecordIdOrderByIdAsc(long recordId);

    /** The files of edition {@code edition} of the record: the public set for the published edition. */
    @Query("""
            select a from Attachment a where a.recordId = :record and a.fromEdition <= :edition
            and (a.untilEdition is null or a.untilEdition > :edition) order by a.id""")
    List<Attachment> inEdition(@Param("record") long recordId, @Param("edition") int edition);
}
