package cn.gongkai.registers.types;

import java.util.Optional;

/** What register values need of the organ tree: an organ named by id, code or exact name, and its name. */
public interface OrganDirectory {

    /** The id of the organ given as its id, code or exact (full or short) name. */
    Optional<Long> resolve(String idCodeOrName);

    /** The organ's Chinese name, or empty for an unknown id. */
    Optional<String> name(long organId);
}
