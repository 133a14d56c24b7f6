package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import dev.lobby.support.LobbyIntegrationTestBase;

/**
 * The API's JSON writes instants as it always has (now by {@link InstantJson}), and reads
 * them back.
 */
class InstantJsonIntegrationTests extends LobbyIntegrationTestBase {

	@Autowired
	JsonMapper json;

	@Test
	void theApisMapperWritesInstantsWithItAndReadsThemBack() {
		Instant instant = Instant.parse("2026-11-26T10:00:00.123456Z");
		assertThat(json.writeValueAsString(instant)).isEqualTo("\"2026-11-26T10:00:00.123456Z\"");
		assertThat(json.readValue("\"2026-11-26T10:00:00.123456Z\"", Instant.class)).isEqualTo(instant);
	}

}
