package cn.gongkai.requests.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Letters and disclosed files of replies. */
public interface RequestFiles extends JpaRepository<RequestFile, Long> {

    List<RequestFile> findByRequestIdOrderByIdAsc(Long requestId);

    List<RequestFile> findByRequestIdAndPurposeOrderByIdAsc(Long requestId, RequestFile.Purpose purpose);

    default Optional<RequestFile> letter(Long requestId) {
        return findByRequestIdAndPurposeOrderByIdAsc(requestId, RequestFile.Purpose.LETTER).stream()
                .reduce((a, b) -> b);
    }
}
