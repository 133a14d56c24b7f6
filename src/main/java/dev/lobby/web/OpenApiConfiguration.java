package dev.lobby.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.platform.LobbyProperties;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}), generated from the controllers. This adds what the code
 * cannot say by itself: the bearer token, the problem document, and which errors each
 * operation can answer with — derived from the same facts the handlers act on
 * (authentication, path ids, bodies, state changes, preconditions).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "apiToken";
	static final String PROBLEM = "Problem";

	/**
	 * Carries {@link ApiErrors#never()} from the handler to the document-wide customizer;
	 * removed there.
	 */
	private static final String NEVER = "x-lobby-never";

	/** Carries {@link ApiErrors#also()} likewise. */
	private static final String ALSO = "x-lobby-also";

	/** Carries the {@link RequestExample} likewise. */
	private static final String EXAMPLE = "x-lobby-example";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<AnonymousAccess> anonymous;

	OpenApiConfiguration(List<AnonymousAccess> anonymous) {
		this.anonymous = anonymous;
	}

	/**
	 * @param lobby where integrators reach this Lobby ({@code lobby.public-url}), the one
	 * server
	 * @param build the project's version (from the build), which the description carries
	 * as its own
	 */
	@Bean
	OpenAPI lobbyOpenApi(LobbyProperties lobby, ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.servers(List
				.of(new Server().url(lobby.publicUrl().toString().replaceAll("/+$", "")).description("This Lobby")))
			.info(new Info().title("Lobby REST API")
				.version(properties == null ? "development" : properties.getVersion())
				.description("""
						Manage who belongs to an account: invitations, members, groups, audit trail.
						Authenticate with `Authorization: Bearer <api token>`; every call is scoped to the
						token's account and objects of other accounts answer 404. Tokens of the operator's
						account see and act on every account: objects by id in any account, and lists (and
						creation) of another account with `account=ACC-…`. Errors are RFC 9457 problem
						documents (`application/problem+json`). Any path also answers 404 when unknown, 405 for
						a wrong method, 413 for a body over 1 MB, 415 for a body that is not JSON, and 429 (with
						`Retry-After`) when a token or client address exceeds its request limit."""))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token secret, e.g. lobby_3q2…")));
	}

	@Bean
	OperationCustomizer handlerDeclarations() {
		return (operation, handler) -> {
			ApiErrors errors = handler.getMethodAnnotation(ApiErrors.class);
			if (errors != null) {
				operation.addExtension(NEVER, List.of(errors.never()));
				Map<String, String> also = new LinkedHashMap<>();
				Arrays.stream(errors.also()).forEach(error -> also.put(error.status(), error.description()));
				operation.addExtension(ALSO, also);
			}
			RequestExample example = requestExample(handler);
			if (example != null) {
				operation.addExtension(EXAMPLE, json.readValue(example.value(), Object.class));
			}
			return operation;
		};
	}

	/** On the handler, or on the type of its request body. */
	private static @Nullable RequestExample requestExample(HandlerMethod handler) {
		RequestExample onHandler = handler.getMethodAnnotation(RequestExample.class);
		if (onHandler != null) {
			return onHandler;
		}
		return Arrays.stream(handler.getMethodParameters())
			.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
			.map(parameter -> parameter.getParameterType().getAnnotation(RequestExample.class))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * RQL lists declare no parameters in code (they read the raw query string): describe
	 * them here.
	 */
	@Bean
	OperationCustomizer rqlParameters() {
		return (operation, handler) -> {
			RqlQueryString rql = handler.getMethodAnnotation(RqlQueryString.class);
			if (rql != null) {
				operation.description(RQL_DESCRIPTION + "\n\nExample: `?" + rql.example() + "`");
				query(operation, "limit", new IntegerSchema().minimum(BigDecimal.ZERO)._default(10),
						"Rows per page, 0 to 100 (larger values are capped; 0 returns only the total)");
				query(operation, "offset", new IntegerSchema().minimum(BigDecimal.ZERO)._default(0), "Rows to skip");
				query(operation, "order", new StringSchema().example(rql.order()),
						"Comma-separated fields, '-' for descending");
				if (!rql.select().isEmpty()) {
					query(operation, "select", new StringSchema().example(rql.select()),
							"Optional fields to drop ('-') or keep ('+')");
				}
			}
			return operation;
		};
	}

	static final String RQL_DESCRIPTION = """
			Filter and sort with RQL written straight into the query string. Operators: eq ne gt ge lt
			le ilike (with * wildcards) in out and or not; `field=value` is a shortcut for eq. A filter
			on a field the list does not know, or a `select` it has no optional fields for, is refused
			with 400 — never ignored. The fields of each list and the paging rules are in Lobby's API
			reference, docs/api.md (List queries).""";

	private static void query(Operation operation, String name, Schema<?> schema, String description) {
		operation.addParametersItem(
				new Parameter().in("query").name(name).required(false).schema(schema).description(description));
	}

	/**
	 * Runs on the generated document: springdoc builds the components' schemas itself, so
	 * the problem joins here.
	 */
	@Bean
	OpenApiCustomizer lobbyErrorResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describe(path, method, operation, anonymous(path), namesAnAccount(openApi, operation));
				addRequestExample(operation);
			}));
		};
	}

	/**
	 * Whether a module declared the path as taking no API token: the link or the emailed
	 * token in it is the credential.
	 */
	private boolean anonymous(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return anonymous.stream()
			.flatMap(access -> access.api().stream())
			.anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container));
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation, boolean publicInvitation,
			boolean namesAnAccount) {
		if (!path.startsWith("/public/")) {
			return;
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<String, String> errors = new LinkedHashMap<>();
		if (publicInvitation) {
			// The link's code is the credential: no token.
			operation.setSecurity(List.of());
		}
		else {
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
			errors.put("401", "No API token, or one that is unknown, disabled or deleted.");
			errors.put("403", "The token lacks the module or the rights this operation needs.");
		}
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))
				|| parameters.stream().anyMatch(p -> "header".equals(p.getIn()))) {
			errors.put("400", "Invalid input; `errors` names each offending field or query part.");
		}
		if (path.contains("{")
				|| parameters.stream().anyMatch(p -> "account".equals(p.getName()) && "query".equals(p.getIn()))) {
			errors.put("404", "Not found, or it belongs to another account.");
		}
		else if (namesAnAccount) {
			errors.put("404", "The `account` named is not found, or the token may not see it.");
		}
		if (method != PathItem.HttpMethod.GET) {
			errors.put("409", "A rule refused the action in the object's current state, or a concurrent change won.");
		}
		if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
			errors.put("412", "If-Match named a version that is no longer current.");
		}
		if (parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
			errors.put("422", "The Idempotency-Key was already used for a different request.");
		}
		errors.put("500", "Something failed on the server; quote the `traceId`.");
		if (operation.getExtensions() != null) {
			if (operation.getExtensions().remove(ALSO) instanceof Map<?, ?> also) {
				also.forEach((status, description) -> errors.put((String) status, (String) description));
			}
			if (operation.getExtensions().remove(NEVER) instanceof List<?> never) {
				never.forEach(errors::remove);
			}
			if (operation.getExtensions().isEmpty()) {
				operation.setExtensions(null);
			}
		}
		errors.forEach((status, description) -> responses.computeIfAbsent(status,
				s -> new ApiResponse().description(description)));
		// Errors a controller declares itself (with the sentence of when) get the problem
		// body too.
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.content(problemContent());
			}
		});
		operation.setResponses(responses);
	}

	/**
	 * Whether the caller may name another account: an {@code account} query parameter or
	 * body property.
	 */
	private static boolean namesAnAccount(OpenAPI openApi, Operation operation) {
		if (operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(p -> "query".equals(p.getIn()) && "account".equals(p.getName()))) {
			return true;
		}
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return false;
		}
		return operation.getRequestBody()
			.getContent()
			.values()
			.stream()
			.map(MediaType::getSchema)
			.filter(Objects::nonNull)
			.map(schema -> resolve(openApi, schema))
			.anyMatch(schema -> schema.getProperties() != null && schema.getProperties().containsKey("account"));
	}

	private static Schema<?> resolve(OpenAPI openApi, Schema<?> schema) {
		String ref = schema.get$ref();
		if (ref == null || openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return schema;
		}
		Schema<?> found = openApi.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
		return found == null ? schema : found;
	}

	private static Content problemContent() {
		return new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	/**
	 * Puts the handler's {@link RequestExample} on the request body of every media type.
	 */
	private static void addRequestExample(Operation operation) {
		if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXAMPLE)) {
			return;
		}
		Object example = operation.getExtensions().remove(EXAMPLE);
		if (operation.getExtensions().isEmpty()) {
			operation.setExtensions(null);
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			operation.getRequestBody().getContent().values().forEach(mediaType -> mediaType.setExample(example));
		}
	}

	private static Schema<?> problemSchema() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema().example("Not allowed in the current state"));
		problem.addProperty("status", new IntegerSchema().example(409));
		problem.addProperty("detail", new StringSchema()
			.example("Sam Smith's invitation has expired, so it cannot be resent. Send a new invitation instead."));
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("traceId",
				new StringSchema().description("The request's correlation id, also in the logs"));
		problem.addProperty("errors", new MapSchema().additionalProperties(new ArraySchema().items(new StringSchema()))
			.description("For 400: each offending field or query part, with a list of sentences"));
		problem.required(List.of("type", "title", "status", "detail"));
		return problem;
	}

}
