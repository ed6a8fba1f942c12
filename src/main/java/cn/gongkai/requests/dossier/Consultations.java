package cn.gongkai.requests.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Consultations of third parties and co-authoring organs. */
public interface Consultations extends JpaRepository<Consultation, Long> {

    List<Consultation> findByRequestIdOrderBySentOnAscIdAsc(Long requestId);
}
