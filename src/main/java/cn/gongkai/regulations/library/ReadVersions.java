package cn.gongkai.regulations.library;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.regulations.LibraryChanged;

/**
 * Bumps {@code reg_document.read_version} of a changed document, synchronously in the transaction
 * that announces the change, so that the kept read model ({@link ReadModelCache}) of every node
 * misses at once on commit. The documents on the other side of its effects are bumped too: their
 * pages list the effect and this document's title.
 */
@Component
class ReadVersions {

    private final JdbcClient jdbc;

    ReadVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(LibraryChanged event) {
        jdbc.sql("""
                update reg_document set read_version = read_version + 1 where id = :id
                  or id in (select affecting_document_id from reg_effect where affected_document_id = :id)
                  or id in (select affected_document_id from reg_effect where affecting_document_id = :id)""")
                .param("id", event.documentId()).update();
    }
}
