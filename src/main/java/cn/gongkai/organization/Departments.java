package cn.gongkai.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of departments. */
interface Departments extends JpaRepository<Department, Long> {

    List<Department> findByOrganIdOrderBySortOrderAscIdAsc(Long organId);
}
