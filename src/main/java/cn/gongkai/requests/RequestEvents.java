package cn.gongkai.requests;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The timelines of requests. */
interface RequestEvents extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByAtAscIdAsc(Long requestId);
}
