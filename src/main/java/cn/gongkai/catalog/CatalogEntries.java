package cn.gongkai.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntries extends JpaRepository<CatalogEntry, Long> {

    @Query("select e from CatalogEntry e where e.base = true or e.organId = ?1 order by e.code, e.base desc")
    List<CatalogEntry> visibleTo(long organId);

    @Query("select e from CatalogEntry e where e.code = ?2 and (e.base = true or e.organId = ?1) order by e.base asc")
    List<CatalogEntry> byCode(long organId, String code);

    Optional<CatalogEntry> findByOrganIdAndCode(long organId, String code);
}
