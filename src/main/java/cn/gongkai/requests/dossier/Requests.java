package cn.gongkai.requests.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The requests of all organs; callers scope every query to the organs the user may see. */
public interface Requests extends JpaRepository<DisclosureRequest, Long> {

    Optional<DisclosureRequest> findByTrackingCode(String trackingCode);

    boolean existsByTrackingCode(String trackingCode);

    List<DisclosureRequest> findByStateAndCorrectionDueOnBefore(RequestState state, LocalDate day);

    List<DisclosureRequest> findByStateAndFeeFeePayByBefore(RequestState state, LocalDate day);

    org.springframework.data.domain.Page<DisclosureRequest> findByOrganIdIn(Collection<Long> organIds,
            org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<DisclosureRequest> findByOrganIdInAndStateIn(Collection<Long> organIds,
            Collection<RequestState> states, org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<DisclosureRequest> findByOrganIdInAndStateInAndHandlerId(
            Collection<Long> organIds, Collection<RequestState> states, Long handlerId,
            org.springframework.data.domain.Pageable page);

    List<DisclosureRequest> findByOrganIdAndReceivedOnBetweenOrderByReceivedOnAscIdAsc(Long organId,
            LocalDate from, LocalDate to);

    /** Which application of the calendar month this is for its applicant at the organ (1 = first). */
    @Query("""
            select count(r) from DisclosureRequest r where r.organId = :organ
              and (r.idNumber = :identity or r.creditCode = :identity)
              and r.receivedOn >= :first and r.receivedOn <= :on
              and (r.receivedOn < :on or r.id <= :id)""")
    long ordinalInMonth(@Param("organ") Long organ, @Param("identity") String identity,
            @Param("first") LocalDate first, @Param("on") LocalDate on, @Param("id") Long id);
}
