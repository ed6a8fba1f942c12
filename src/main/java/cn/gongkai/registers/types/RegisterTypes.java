package cn.gongkai.registers.types;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.Rules;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;

/**
 * The register types (公开事项类型) shipped in {@code registers/types/*.yml}, read and validated once
 * at start: a broken file stops the application with a message naming the file and the key. The
 * same files on every node, so no state here can disagree between nodes.
 */
@Component
public class RegisterTypes implements RegisterCatalog {

    static final String LOCATION = "classpath*:registers/types/*.yml";

    private final Map<String, RegisterType> byCode;
    private final MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    RegisterTypes(Rules rules, MessageSource messages) {
        this(load(LOCATION, rules::knows), messages);
    }

    RegisterTypes(List<RegisterType> types, MessageSource messages) {
        Map<String, RegisterType> map = new LinkedHashMap<>();
        types.forEach(t -> map.put(t.code(), t));
        this.byCode = java.util.Collections.unmodifiableMap(map);
        this.messages = messages;
    }

    /** Reads every type file at {@code location} in the files' {@code order}; fails naming file and key. */
    static List<RegisterType> load(String location, Predicate<String> knownRule) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(location);
        }
        catch (IOException e) {
            throw new IllegalStateException("Register types at " + location + " cannot be listed", e);
        }
        List<RegisterTypeFile.Loaded> loaded = new ArrayList<>();
        for (Resource resource : resources) {
            try {
                loaded.add(new RegisterTypeFile(resource.getFilename(), knownRule).read(resource.getInputStream()));
            }
            catch (IOException e) {
                throw new IllegalStateException("Register type " + resource.getFilename() + " cannot be read", e);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No register type at " + location);
        }
        Set<Integer> orders = new HashSet<>();
        for (RegisterTypeFile.Loaded l : loaded) {
            if (!orders.add(l.order())) {
                throw new IllegalStateException("Register type " + l.type().code() + ".yml, key 'order': "
                        + l.order() + " is used by another type");
            }
        }
        return loaded.stream().sorted(Comparator.comparingInt(RegisterTypeFile.Loaded::order))
                .map(RegisterTypeFile.Loaded::type).toList();
    }

    @Override
    public List<RegisterType> all() {
        return List.copyOf(byCode.values());
    }

    @Override
    public Optional<RegisterType> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    @Override
    public RegisterType required(String code) {
        return find(code).orElseThrow(() -> GongkaiException.notFound(messages.getMessage(
                "registers.types.thing", null, "公开事项 (register)", LocaleContextHolder.getLocale()),
                code == null ? "" : code.length() > 60 ? code.substring(0, 60) + "…" : code));
    }
}
