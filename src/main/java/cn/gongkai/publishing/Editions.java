package cn.gongkai.publishing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published editions of records. */
public interface Editions extends JpaRepository<Edition, Long> {

    List<Edition> findByRecordIdOrderByNumberAsc(long recordId);

    Optional<Edition> findByRecordIdAndNumber(long recordId, int number);
}
