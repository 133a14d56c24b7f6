package dev.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration processor's metadata (what an IDE offers when someone edits
 * application.yml) describes every {@code lobby.*} setting, and every setting the
 * configuration table of docs/configuration.md lists.
 */
class ConfigurationMetadataTests {

	static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
	static final Path CONFIGURATION_DOCS = Path.of("docs/configuration.md");
	static final Pattern DOCUMENTED_ROW = Pattern.compile("^\\| `(LOBBY_[A-Z0-9_]+)` \\|", Pattern.MULTILINE);

	static List<JsonNode> lobbySettings() throws IOException {
		JsonNode properties = JsonMapper.builder().build().readTree(Files.readString(METADATA)).get("properties");
		return StreamSupport.stream(properties.spliterator(), false)
			.filter(property -> property.get("name").asString().startsWith("lobby."))
			.toList();
	}

	@Test
	void everyLobbySettingHasADescription() throws IOException {
		List<JsonNode> settings = lobbySettings();

		assertThat(settings).hasSizeGreaterThanOrEqualTo(30);
		assertThat(settings)
			.allSatisfy(setting -> assertThat(setting.has("description") ? setting.get("description").asString() : "")
				.as(setting.get("name").asString())
				.isNotBlank());
	}

	@Test
	void everySettingTheConfigurationDocsListIsInTheMetadata() throws IOException {
		Set<String> described = lobbySettings().stream()
			.map(setting -> setting.get("name").asString().toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"))
			.collect(Collectors.toSet());
		Matcher rows = DOCUMENTED_ROW.matcher(Files.readString(CONFIGURATION_DOCS));
		List<String> listed = rows.results().map(row -> row.group(1)).toList();

		assertThat(listed).hasSizeGreaterThanOrEqualTo(30);
		assertThat(described).containsAll(listed);
	}

}
