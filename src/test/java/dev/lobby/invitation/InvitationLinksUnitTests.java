package dev.lobby.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationLinksUnitTests {

	static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";

	static InvitationLinks links(String secret) {
		return new InvitationLinks(new InvitationProperties(Duration.ofDays(7), secret, "", 5),
				new LobbyProperties(URI.create("https://lobby.example.com/")));
	}

	@Test
	void theSameGenerationAlwaysGivesTheSameLink() {
		assertThat(links(SECRET).url("AUSR-1234-5678-9012", 1)).isEqualTo(links(SECRET).url("AUSR-1234-5678-9012", 1))
			.startsWith("https://lobby.example.com/invitations/123456789012.1.");
	}

	@Test
	void aCodeVerifiesToItsMembershipAndGeneration() {
		InvitationLinks links = links(SECRET);
		assertThat(links.verify(links.code("AUSR-1234-5678-9012", 3)))
			.contains(new InvitationCode("AUSR-1234-5678-9012", 3));
	}

	@Test
	void aNewGenerationGivesADifferentLink() {
		InvitationLinks links = links(SECRET);
		assertThat(links.code("AUSR-1234-5678-9012", 2)).isNotEqualTo(links.code("AUSR-1234-5678-9012", 1));
	}

	@Test
	void withoutTheServerSecretNoWorkingCodeCanBeBuilt() {
		String forged = links("another-secret-0123456789-abcdefghijk").code("AUSR-1234-5678-9012", 1);
		assertThat(links(SECRET).verify(forged)).isEmpty();
	}

	@Test
	void tamperingWithAnyPartOfACodeBreaksIt() {
		InvitationLinks links = links(SECRET);
		String code = links.code("AUSR-1234-5678-9012", 1);
		String[] parts = code.split("\\.");
		assertThat(links.verify("123456789013." + parts[1] + "." + parts[2])).isEmpty();
		assertThat(links.verify(parts[0] + ".2." + parts[2])).isEmpty();
		char flipped = parts[2].charAt(5) == 'A' ? 'B' : 'A';
		assertThat(links.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + flipped + parts[2].substring(6)))
			.isEmpty();
	}

	@Test
	void theSecretPartCarriesAtLeast128Bits() {
		String mac = links(SECRET).code("AUSR-1234-5678-9012", 1).split("\\.")[2];
		assertThat(Base64.getUrlDecoder().decode(mac).length * 8).isGreaterThanOrEqualTo(128);
	}

	@Test
	void codesOfDifferentMembershipsDiffer() {
		InvitationLinks links = links(SECRET);
		Set<String> macs = new HashSet<>();
		Random random = new Random(7);
		for (int i = 0; i < 1000; i++) {
			String id = String.format("AUSR-%04d-%04d-%04d", random.nextInt(10000), random.nextInt(10000), random.nextInt(10000));
			macs.add(links.code(id, 1).split("\\.")[2]);
		}
		assertThat(macs).hasSizeGreaterThan(995);
	}

	@Test
	void malformedCodesAreSimplyUnknown() {
		InvitationLinks links = links(SECRET);
		for (String bad : new String[] { "", "abc", "123456789012.0.x", "123456789012.1.", "../../etc/passwd",
				"123456789012.99999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x".repeat(5000) }) {
			assertThat(links.verify(bad)).as(bad).isEmpty();
		}
		assertThat(links.verify(null)).isEmpty();
	}

	@Test
	void aShortConfiguredSecretIsRefusedAtStart() {
		assertThatThrownBy(() -> links("too-short")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("at least 32 characters");
	}

	@Test
	void withoutSecretOrFileStartIsRefused() {
		assertThatThrownBy(() -> new InvitationLinks(new InvitationProperties(Duration.ofDays(7), "", "", 5),
				new LobbyProperties(URI.create("http://localhost:8080")))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LOBBY_INVITATIONS_SECRET");
	}

	@Test
	void theDefaultModeKeepsAGeneratedSecretSoLinksSurviveARestart(@TempDir Path data) throws Exception {
		Path file = data.resolve("sub/invitation-secret");
		InvitationProperties properties = new InvitationProperties(Duration.ofDays(7), "", file.toString(), 5);
		LobbyProperties lobby = new LobbyProperties(URI.create("http://localhost:8080"));
		String before = new InvitationLinks(properties, lobby).code("AUSR-1234-5678-9012", 1);
		assertThat(Files.readString(file)).hasSizeGreaterThanOrEqualTo(32);
		assertThat(new InvitationLinks(properties, lobby).code("AUSR-1234-5678-9012", 1)).isEqualTo(before);
	}
}
