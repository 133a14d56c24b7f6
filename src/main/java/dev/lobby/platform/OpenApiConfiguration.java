package dev.lobby.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}),
 * generated from the controllers. This adds what the code cannot say by itself: the bearer token,
 * the problem document, and which errors each operation can answer with — derived from the same
 * facts the handlers act on (authentication, path ids, bodies, state changes, preconditions).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "apiToken";
	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI lobbyOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Lobby REST API").version("v1")
				.description("""
						Manage who belongs to an account: invitations, members, groups, audit trail.
						Authenticate with `Authorization: Bearer <api token>`; every call is scoped to the
						token's account and objects of other accounts answer 404. Tokens of the operator's
						account see and act on every account: objects by id in any account, and lists (and
						creation) of another account with `account=ACC-…`. Errors are RFC 9457 problem
						documents (`application/problem+json`). Any path also answers 404 when unknown, 405 for
						a wrong method, 413 for a body over 1 MB, 415 for a body that is not JSON, and 429 (with
						`Retry-After`) when a token or client address exceeds its request limit."""))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token secret, e.g. lobby_3q2…"))
				.addSchemas(PROBLEM, problemSchema()));
	}

	/** RQL lists declare no parameters in code (they read the raw query string): describe them here. */
	@Bean
	OperationCustomizer rqlParameters() {
		return (operation, handler) -> {
			if (handler.hasMethodAnnotation(RqlQueryString.class)) {
				operation.description(RQL_DESCRIPTION);
				query(operation, "limit", new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(10),
						"Rows per page, 0 to 100 (larger values are capped; 0 returns only the total)");
				query(operation, "offset", new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0), "Rows to skip");
				query(operation, "order", new StringSchema().example("-audit.created.at,+user.email"),
						"Comma-separated fields, '-' for descending");
				query(operation, "select", new StringSchema().example("-modules,-groups"),
						"Optional fields to drop ('-') or add ('+'), where the list has any");
			}
			return operation;
		};
	}

	static final String RQL_DESCRIPTION = """
			Filter and sort with RQL written straight into the query string, e.g.
			`?and(eq(status,Invited),ilike(user.email,*@example.com))&order=-audit.created.at&limit=25`.
			Operators: eq ne gt ge lt le ilike (with * wildcards) in out and or not; `field=value` is a
			shortcut for eq. The fields of each list and the paging rules are in the README (List queries).""";

	private static void query(Operation operation, String name, Schema<?> schema, String description) {
		operation.addParametersItem(new Parameter().in("query").name(name).required(false).schema(schema)
			.description(description));
	}

	@Bean
	OpenApiCustomizer lobbyErrorResponses() {
		return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> {
				describe(path, method, operation);
				OpenApiExamples.addRequestExample(method.name().toLowerCase() + " " + path, operation);
			}));
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		boolean publicInvitation = path.startsWith("/public/v1/invitations/");
		if (!path.startsWith("/public/")) {
			return;
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<String, String> errors = new LinkedHashMap<>();
		if (!publicInvitation) {
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
			errors.put("401", "No API token, or one that is unknown, disabled or deleted.");
			errors.put("403", "The token lacks the module or the rights this operation needs.");
		}
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))
				|| parameters.stream().anyMatch(p -> "header".equals(p.getIn()))) {
			errors.put("400", "Invalid input; `errors` names each offending field or query part.");
		}
		if (path.contains("{") || parameters.stream().anyMatch(p -> "account".equals(p.getName()) && "query".equals(p.getIn()))) {
			errors.put("404", "Not found, or it belongs to another account.");
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
		if (sendsInvitationEmail(path, method)) {
			errors.put("429", "Too many invitation emails; `Retry-After` says when to try again.");
		}
		errors.put("500", "Something failed on the server; quote the `traceId`.");
		errors.forEach((status, description) -> responses.computeIfAbsent(status, s -> new ApiResponse()
			.description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		operation.setResponses(responses);
	}

	static boolean sendsInvitationEmail(String path, PathItem.HttpMethod method) {
		return method == PathItem.HttpMethod.POST && (path.endsWith("/users") || path.endsWith("/resend-invite")
				|| path.endsWith("/send-new-invite") || path.equals("/public/v1/accounts/accounts"));
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
		problem.addProperty("traceId", new StringSchema().description("The request's correlation id, also in the logs"));
		problem.addProperty("errors", new ObjectSchema()
			.description("For 400: each offending field or query part, with a list of sentences"));
		problem.required(List.of("type", "title", "status", "detail"));
		return problem;
	}
}
