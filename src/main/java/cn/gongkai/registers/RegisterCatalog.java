package cn.gongkai.registers;

import java.util.List;
import java.util.Optional;

/** The register types the platform knows, in their display order (the API contract's codes). */
public interface RegisterCatalog {

    List<RegisterType> all();

    Optional<RegisterType> find(String code);

    /** @throws cn.gongkai.platform.GongkaiException 404 naming the code when unknown */
    RegisterType required(String code);
}
