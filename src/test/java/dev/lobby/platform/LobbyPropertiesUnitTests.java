package dev.lobby.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LobbyPropertiesUnitTests {

	static final URI PUBLIC = URI.create("https://lobby.example.com");

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "/terms", "ftp://example.com/terms", "https:///terms",
			"data:text/html,hi" })
	void aDocumentThatIsNoWebAddressStopsTheStart(String url) {
		assertThatThrownBy(() -> new LobbyProperties(PUBLIC, URI.create(url), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("lobby.terms-url must be an absolute http or https address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/terms", "http://intranet.example/legal#terms" })
	void aWebAddressIsLinked(String url) {
		assertThat(new LobbyProperties(PUBLIC, null, URI.create(url)).privacyUrl()).isEqualTo(URI.create(url));
	}

	@Test
	void emptyMeansNone() {
		assertThat(new LobbyProperties(PUBLIC, URI.create(""), URI.create("")).termsUrl()).isNull();
		assertThat(new LobbyProperties(PUBLIC).privacyUrl()).isNull();
	}

}
