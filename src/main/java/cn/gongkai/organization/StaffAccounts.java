package cn.gongkai.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of staff accounts. */
interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccount> findByOrganIdInOrderByUsernameAsc(Collection<Long> organIds);
}
