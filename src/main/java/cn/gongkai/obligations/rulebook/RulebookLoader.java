package cn.gongkai.obligations.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates a rulebook file. Every problem stops the load with a
 * {@link RulebookException} naming the file, the rule and the reason: unknown keys, a missing
 * source, duty or trigger, an unknown role or period kind, a bad parameter, overlapping effective
 * periods of one rule, a rule other modules rely on that is missing.
 */
public final class RulebookLoader {

    private final Collection<String> requiredIds;

    /** @param requiredIds rule ids the rulebook must contain (those other modules raise events for) */
    public RulebookLoader(Collection<String> requiredIds) {
        this.requiredIds = List.copyOf(requiredIds);
    }

    public Rulebook load(Resource resource) {
        String file = resource.getDescription();
        Object document;
        try (InputStream in = resource.getInputStream()) {
            document = yaml().load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new RulebookException(file, null, 0, "cannot be read (" + e.getMessage() + ")");
        }
        catch (YAMLException e) {
            throw new RulebookException(file, null, 0, "is not valid YAML (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
        return parse(file, document);
    }

    Rulebook parse(String file, Object document) {
        if (!(document instanceof Map<?, ?> root)) {
            throw new RulebookException(file, null, 0, "the file must be a mapping with 'version' and 'rules'");
        }
        Object version = root.get("version");
        if (version == null || version.toString().isBlank()) {
            throw new RulebookException(file, null, 0, "missing 'version'");
        }
        if (!(root.get("rules") instanceof List<?> entries) || entries.isEmpty()) {
            throw new RulebookException(file, null, 0, "missing or empty 'rules' list");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rules.add(new RuleParser(file, i + 1, entries.get(i)).parse());
        }
        checkVersions(file, rules);
        for (String id : requiredIds) {
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                throw new RulebookException(file, id, 0, "missing: other modules raise events for this rule");
            }
        }
        return new Rulebook(version.toString(), file, rules, RemedyParser.parse(file, root.get("remedies")));
    }

    /** Versions of one rule (same id) must name one trigger and apply on disjoint days. */
    private static void checkVersions(String file, List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                Rule a = rules.get(i);
                Rule b = rules.get(j);
                if (!a.id().equals(b.id())) {
                    continue;
                }
                if (!a.trigger().equals(b.trigger())) {
                    throw new RulebookException(file, b.id(), j + 1, "versions name different triggers ('"
                            + a.trigger() + "' in entry " + (i + 1) + ", '" + b.trigger() + "')");
                }
                if (a.isDuty() != b.isDuty()) {
                    throw new RulebookException(file, b.id(), j + 1, "versions disagree on 'ledger' (a duty in one, "
                            + "a limit in the other, entry " + (i + 1) + ")");
                }
                if (a.effective().overlaps(b.effective())) {
                    throw new RulebookException(file, b.id(), j + 1, "overlapping effective periods for trigger '"
                            + b.trigger() + "': " + a.effective() + " (entry " + (i + 1) + ") and " + b.effective());
                }
            }
        }
    }

    /** YAML without implicit timestamps: dates stay text and are parsed as {@code LocalDate} in China time. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, resolver);
    }
}
