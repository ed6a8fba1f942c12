package cn.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document ({@code /v3/api-docs}): title, version, licence and contact; the server is
 * the configured site address; the bearer scheme applies to every operation outside
 * {@code /api/v1/public/**}, the token endpoint and the calendar's reads (the rules of
 * {@link SecurityConfig}); and every operation documents the refusals {@link ApiErrors} gives, as
 * RFC 9457 problem documents. Operations are grouped by the part of the service they belong to.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    /** Path prefix → tag and its description (first match wins). */
    private static final Map<String, Tag> TAGS = new LinkedHashMap<>();

    static {
        tag("/api/v1/auth", "auth", "Bearer tokens for staff (POST with username and password, DELETE to revoke)");
        tag("/api/v1/organs", "organization", "Organs, departments and staff accounts");
        tag("/api/v1/staff", "organization", "Organs, departments and staff accounts");
        tag("/api/v1/records", "records", "Government-information records: drafting, review (退文), publication");
        tag("/api/v1/public/requests", "public requests",
                "Applying for government information and tracking a request (no login; rate-limited)");
        tag("/api/v1/requests", "requests", "Handling disclosure requests: queue, steps, reply, statistics");
        tag("/api/v1/public/search", "search", "Full-text search of published government information");
        tag("/api/v1/search", "search", "Full-text search of published government information");
        tag("/api/v1/public/regulations", "regulations library",
                "Published tax laws, regulations and normative documents as they stood on any day (no login)");
        tag("/api/v1/public/catalog", "catalogue", "The public catalogue (目录) of each organ");
        tag("/api/v1/public", "open data", "Published records of each organ's site and the DCAT catalogue (no login)");
        tag("/api/v1/calendar", "calendar", "Official working-day calendar and legal deadlines");
        tag("/api/v1/obligations", "obligations", "Legal obligations (duties with due dates) and compliance figures");
        tag("/api/v1/audit", "audit", "The tamper-evident audit log (administrators)");
    }

    private static void tag(String prefix, String name, String description) {
        TAGS.put(prefix, new Tag().name(name).description(description));
    }

    @Bean
    OpenAPI gongkaiOpenApi(SiteAddress address, SiteIdentity site, @Value("${gongkai.api.version:1.0.0}") String version,
            @Value("${gongkai.api.licence-name:CC BY 4.0}") String licence,
            @Value("${gongkai.api.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
        return new OpenAPI()
                .info(new Info().title("Gongkai 政务公开 API (" + site.name() + ")").version(version)
                        .description("Government-affairs openness of " + site.nameEn() + ": published records and open "
                                + "data, search, disclosure requests, the working-day calendar (no login under "
                                + "/api/v1/public and for calendar reads), and the staff API (bearer token from "
                                + "POST /api/v1/auth/token). Errors are RFC 9457 problem documents.")
                        .license(new License().name(licence).url(licenceUrl))
                        .contact(new Contact().name(site.organ()).url(address.absolute("/"))))
                .servers(List.of(new Server().url(address.baseUrl()).description(site.name())))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Token from POST /api/v1/auth/token"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Runs after springdoc has read the controllers: security, refusals and tags of every operation. */
    @Bean
    OpenApiCustomizer gongkaiOperations() {
        return api -> {
            // springdoc replaces the schemas with those it found in the controllers: add the problem here
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            TreeSet<String> used = new TreeSet<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                boolean open = open(path, method);
                op.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
                refusals(path, method, op, open);
                examplesAsDeclared(op);
                Tag tag = TAGS.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(new Tag().name("other").description("Other operations"));
                op.setTags(List.of(tag.getName()));
                used.add(tag.getName());
            }));
            api.setTags(TAGS.values().stream().filter(t -> used.remove(t.getName())).toList());
        };
    }

    /** The operations {@link SecurityConfig} lets anyone call. */
    static boolean open(String path, PathItem.HttpMethod method) {
        return path.startsWith("/api/v1/public/") || path.equals("/api/v1/public")
                || (path.equals("/api/v1/auth/token") && method == PathItem.HttpMethod.POST)
                || (path.startsWith("/api/v1/calendar") && method == PathItem.HttpMethod.GET);
    }

    private static void refusals(String path, PathItem.HttpMethod method, Operation op, boolean open) {
        boolean body = op.getRequestBody() != null;
        boolean parameters = op.getParameters() != null && !op.getParameters().isEmpty();
        boolean pathParameters = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET;
        if (body || parameters) {
            refusal(op, HttpStatus.BAD_REQUEST, "Invalid input: the problem names each field and rule (errors[])");
        }
        if (!open) {
            refusal(op, HttpStatus.UNAUTHORIZED, "No valid bearer token");
            refusal(op, HttpStatus.FORBIDDEN, "Not permitted for the caller's role or organ");
        }
        if (pathParameters) {
            refusal(op, HttpStatus.NOT_FOUND, "No such resource");
        }
        refusal(op, HttpStatus.NOT_ACCEPTABLE, "Accept excludes JSON: this operation answers JSON only");
        if (body) {
            refusal(op, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type not supported by this operation");
        }
        if (changes && !path.startsWith("/api/v1/auth")) {
            refusal(op, HttpStatus.UNPROCESSABLE_CONTENT, "A business rule refused the step (stable code in code)");
        }
        if (path.startsWith("/api/v1/public/requests") || path.equals("/api/v1/auth/token")) {
            refusal(op, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this client; see Retry-After");
        }
    }

    /** A parameter declared as text with a numeric example (a year) keeps its example as text. */
    private static void examplesAsDeclared(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        op.getParameters().forEach(p -> {
            Schema<?> schema = p.getSchema();
            boolean text = schema != null && ("string".equals(schema.getType())
                    || (schema.getTypes() != null && schema.getTypes().contains("string")));
            // swagger-core reads an annotation's example "2024" as a JSON number
            Object example = p.getExample();
            if (text && example != null && !(example instanceof String) && example.toString().matches("-?\\d+")) {
                p.setExample(example.toString());
            }
        });
    }

    private static void refusal(Operation op, HttpStatus status, String description) {
        String code = String.valueOf(status.value());
        if (op.getResponses().containsKey(code)) {
            return;
        }
        op.getResponses().addApiResponse(code, new ApiResponse().description(description).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> problemSchema() {
        Schema field = new ObjectSchema().addProperty("field", new StringSchema().description("the field, e.g. name"))
                .addProperty("message", new StringSchema().description("the rule it broke, in the UI language"));
        return new ObjectSchema().description("RFC 9457 problem document")
                .addProperty("type", new StringSchema().format("uri").example("urn:gongkai:problem:invalid-input"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("what went wrong, in the UI language"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema().description("stable code of the refusal").example("INVALID_INPUT"))
                .addProperty("errors", new ArraySchema().items(field));
    }
}
