package cn.gongkai.publishing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The workflow steps of records. */
public interface RecordSteps extends JpaRepository<RecordStep, Long> {

    List<RecordStep> findByRecordIdOrderByAtAscIdAsc(long recordId);
}
