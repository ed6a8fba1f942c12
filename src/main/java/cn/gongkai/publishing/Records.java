package cn.gongkai.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Government-information records. */
public interface Records extends JpaRepository<GovernmentRecord, Long> {

    List<GovernmentRecord> findByInterpretationOfIdOrderByIdAsc(long policyId);

    @Query("select r.id from GovernmentRecord r where r.state = cn.gongkai.publishing.RecordState.APPROVED "
            + "and r.publishAt is not null and r.publishAt <= ?1 order by r.publishAt, r.id")
    List<Long> dueForPublication(Instant now);

    @Query("""
            select r from GovernmentRecord r where r.organId in ?1
              and (?2 is null or r.state = ?2) and (?3 is null or r.type = ?3)
              and (?4 is null or lower(r.title) like ?4 or lower(r.documentNumber) like ?4)
            order by r.updatedAt desc, r.id desc""")
    Page<GovernmentRecord> search(Collection<Long> organIds, RecordState state, RecordType type, String like,
            Pageable page);

    List<GovernmentRecord> findByOrganIdInAndStateInOrderByUpdatedAtAsc(Collection<Long> organIds,
            Collection<RecordState> states);
}
