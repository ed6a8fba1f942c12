package cn.gongkai.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpennessOfficeEntries extends JpaRepository<OpennessOfficeEntry, Long> {
}
