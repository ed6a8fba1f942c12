package cn.gongkai.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of organs. */
interface Organs extends JpaRepository<Organ, Long> {

    Optional<Organ> findByCode(String code);

    List<Organ> findByPathStartingWithOrderByPathAsc(String pathPrefix);

    List<Organ> findByParentIdOrderBySortOrderAscIdAsc(Long parentId);

    boolean existsByCode(String code);

    boolean existsByName(String name);
}
