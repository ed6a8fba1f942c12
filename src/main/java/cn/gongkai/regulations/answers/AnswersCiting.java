package cn.gongkai.regulations.answers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import cn.gongkai.regulations.library.CitedBy;

/** The published 12366 answers citing a document, for the "cited by" part of its library page. */
@Component
class AnswersCiting implements CitedBy {

    private final JdbcClient jdbc;

    AnswersCiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Citation> citing(String documentId) {
        return jdbc.sql("""
                select a.id, a.question, c.eid from reg_answer_citation c join reg_answer a on a.id = c.answer_id
                where c.document_id = ? and a.state = 'PUBLISHED' order by a.id, c.seq""")
                .param(documentId)
                .query((rs, n) -> new Citation(rs.getString(2), "/regulations/answers/" + rs.getLong(1), rs.getString(3)))
                .list();
    }
}
