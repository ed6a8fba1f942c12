package cn.gongkai.requests.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The timelines of requests. */
public interface RequestEvents extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByAtAscIdAsc(Long requestId);
}
