package dev.lobby.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lobby.platform.LobbyProperties;
import dev.lobby.signing.SecretProperties;
import dev.lobby.signing.Signatures;

class InvitationLinksUnitTests {

	static final String SECRET = "test-secret-0123456789-abcdefghijklmnop";

	static InvitationLinks links(String secret) {
		return links(new SecretProperties(secret, ""), URI.create("https://lobby.example.com/"));
	}

	static InvitationLinks links(SecretProperties properties, URI publicUrl) {
		return new InvitationLinks(new Signatures(properties), new LobbyProperties(publicUrl));
	}

	/** The code of the link administrators see. */
	static String shared(InvitationLinks links, String accountUserId, int generation) {
		return codeOf(links.sharedUrl(accountUserId, generation));
	}

	/** The code of the link only the invitation email carries. */
	static String emailed(InvitationLinks links, String accountUserId, int generation) {
		return codeOf(links.url(accountUserId, generation));
	}

	static String codeOf(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	@Test
	void theSameGenerationAlwaysGivesTheSameLink() {
		assertThat(links(SECRET).url("AUSR-1234-5678-9012", 1)).isEqualTo(links(SECRET).url("AUSR-1234-5678-9012", 1))
			.startsWith("https://lobby.example.com/invitations/123456789012.1.");
	}

	@Test
	void aCodeVerifiesToItsMembershipAndGeneration() {
		InvitationLinks links = links(SECRET);
		assertThat(links.verify(shared(links, "AUSR-1234-5678-9012", 3)))
			.contains(new InvitationCode("AUSR-1234-5678-9012", 3, false));
	}

	@Test
	void onlyTheEmailedCodeProvesTheAddress() {
		InvitationLinks links = links(SECRET);
		String emailed = emailed(links, "AUSR-1234-5678-9012", 3);
		String shared = shared(links, "AUSR-1234-5678-9012", 3);
		assertThat(emailed).isNotEqualTo(shared).startsWith("123456789012.3.");
		assertThat(links.verify(emailed)).contains(new InvitationCode("AUSR-1234-5678-9012", 3, true));
		assertThat(links.verify(shared)).contains(new InvitationCode("AUSR-1234-5678-9012", 3, false));
	}

	@Test
	void theSharedCodeCannotBeTurnedIntoTheEmailedOne() {
		// The two MACs are independent: knowing one says nothing about the other, for any
		// generation.
		InvitationLinks links = links(SECRET);
		for (int generation = 1; generation <= 50; generation++) {
			String shared = shared(links, "AUSR-1234-5678-9012", generation).split("\\.")[2];
			String emailed = emailed(links, "AUSR-1234-5678-9012", generation).split("\\.")[2];
			assertThat(emailed).isNotEqualTo(shared);
		}
	}

	@Test
	void aNewGenerationGivesADifferentLink() {
		InvitationLinks links = links(SECRET);
		assertThat(shared(links, "AUSR-1234-5678-9012", 2)).isNotEqualTo(shared(links, "AUSR-1234-5678-9012", 1));
	}

	@Test
	void withoutTheServerSecretNoWorkingCodeCanBeBuilt() {
		InvitationLinks other = links("another-secret-0123456789-abcdefghijk");
		assertThat(links(SECRET).verify(shared(other, "AUSR-1234-5678-9012", 1))).isEmpty();
		assertThat(links(SECRET).verify(emailed(other, "AUSR-1234-5678-9012", 1))).isEmpty();
	}

	@Test
	void tamperingWithAnyPartOfACodeBreaksIt() {
		InvitationLinks links = links(SECRET);
		String code = shared(links, "AUSR-1234-5678-9012", 1);
		String[] parts = code.split("\\.");
		assertThat(links.verify("123456789013." + parts[1] + "." + parts[2])).isEmpty();
		assertThat(links.verify(parts[0] + ".2." + parts[2])).isEmpty();
		char flipped = parts[2].charAt(5) == 'A' ? 'B' : 'A';
		assertThat(links
			.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + flipped + parts[2].substring(6)))
			.isEmpty();
	}

	@Test
	void theSecretPartCarriesAtLeast128Bits() {
		String mac = shared(links(SECRET), "AUSR-1234-5678-9012", 1).split("\\.")[2];
		assertThat(Base64.getUrlDecoder().decode(mac).length * 8).isGreaterThanOrEqualTo(128);
	}

	@Test
	void codesOfDifferentMembershipsDiffer() {
		InvitationLinks links = links(SECRET);
		Set<String> macs = new HashSet<>();
		Random random = new Random(7);
		for (int i = 0; i < 1000; i++) {
			String id = String.format("AUSR-%04d-%04d-%04d", random.nextInt(10000), random.nextInt(10000),
					random.nextInt(10000));
			macs.add(shared(links, id, 1).split("\\.")[2]);
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
		assertThatThrownBy(() -> links(new SecretProperties("", ""), URI.create("http://localhost:8080")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LOBBY_INVITATIONS_SECRET");
	}

	@Test
	void theDefaultModeKeepsAGeneratedSecretSoLinksSurviveARestart(@TempDir Path data) throws Exception {
		Path file = data.resolve("sub/invitation-secret");
		SecretProperties properties = new SecretProperties("", file.toString());
		URI lobby = URI.create("http://localhost:8080");
		String before = emailed(links(properties, lobby), "AUSR-1234-5678-9012", 1);
		assertThat(Files.readString(file)).hasSizeGreaterThanOrEqualTo(32);
		assertThat(emailed(links(properties, lobby), "AUSR-1234-5678-9012", 1)).isEqualTo(before);
	}

}
