package cn.gongkai.requests;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Organs' edited letter templates. */
interface LetterTemplateStore extends JpaRepository<LetterTemplate, Long> {

    Optional<LetterTemplate> findByOrganIdAndReplyClass(Long organId, ReplyClass replyClass);
}
