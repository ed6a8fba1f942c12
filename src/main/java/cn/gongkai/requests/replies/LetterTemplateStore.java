package cn.gongkai.requests.replies;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import cn.gongkai.requests.ReplyClass;

/** Organs' edited letter templates. */
interface LetterTemplateStore extends JpaRepository<LetterTemplate, Long> {

    Optional<LetterTemplate> findByOrganIdAndReplyClass(Long organId, ReplyClass replyClass);
}
