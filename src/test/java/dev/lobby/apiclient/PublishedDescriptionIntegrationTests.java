package dev.lobby.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.lobby.support.LobbyIntegrationTestBase;

/**
 * The OpenAPI description Lobby serves is the one it publishes: each build writes it to
 * {@code target/openapi.json}, and it must equal {@code docs/openapi.json}, the file the
 * generated client of the test suite is built from. A change of the API therefore shows
 * up as a failing build here (and, once the file is updated, as a client that no longer
 * compiles or behaves).
 */
class PublishedDescriptionIntegrationTests extends LobbyIntegrationTestBase {

	static final Path PUBLISHED = Path.of("docs/openapi.json");
	static final Path BUILT = Path.of("target/openapi.json");

	/**
	 * The published file names the default address; a deployment serves its own
	 * {@code lobby.public-url}.
	 */
	static final String DEFAULT_SERVER = "http://localhost:8080";

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	/**
	 * The same document with every object's keys in alphabetical order, so the published
	 * file does not change with the order a map happened to be served in (only a real
	 * change shows in a diff).
	 */
	static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JSON.createObjectNode();
			new TreeMap<>(node.propertyStream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
				.forEach((key, value) -> copy.set(key, sorted(value)));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JSON.createArrayNode();
			node.forEach(item -> copy.add(sorted(item)));
			return copy;
		}
		return node;
	}

	@Test
	void theServedDescriptionIsThePublishedOne() throws IOException {
		ObjectNode served = (ObjectNode) anonymous().get("/v3/api-docs").json();
		((ObjectNode) served.get("servers").get(0)).put("url", DEFAULT_SERVER);
		Files.createDirectories(BUILT.getParent());
		Files.writeString(BUILT, JSON.writeValueAsString(sorted(served)) + "\n");

		List<String> operationIds = new ArrayList<>();
		served.get("paths")
			.forEach(path -> path.forEach(operation -> operationIds.add(operation.path("operationId").asString())));
		assertThat(operationIds).as("every operation has a stable, named operationId for client generators")
			.allMatch(id -> id.matches("[a-z][A-Za-z]+"))
			.doesNotHaveDuplicates();

		JsonNode published = JSON.readTree(Files.readString(PUBLISHED));
		assertThat(published)
			.as("The served OpenAPI description differs from %s. If the change is intended, review it and run "
					+ "`cp %s %s` (the generated client is built from that file).", PUBLISHED, BUILT, PUBLISHED)
			.isEqualTo(served);
	}

}
