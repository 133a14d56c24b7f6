package dev.lobby.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs invitation links. Production passes it in
 * ({@code LOBBY_INVITATIONS_SECRET}); the default mode generates one into its data
 * folder, so links keep working after a restart.
 */
final class ServerSecret {

	private static final Logger log = LoggerFactory.getLogger(ServerSecret.class);
	static final int MIN_LENGTH = 32;

	private ServerSecret() {
	}

	static byte[] load(SecretProperties properties) {
		if (!properties.secret().isBlank()) {
			if (properties.secret().length() < MIN_LENGTH) {
				throw new IllegalStateException("LOBBY_INVITATIONS_SECRET must have at least " + MIN_LENGTH
						+ " characters (for example: openssl rand -base64 48).");
			}
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		if (properties.secretFile().isBlank()) {
			throw new IllegalStateException("Set LOBBY_INVITATIONS_SECRET (at least " + MIN_LENGTH
					+ " random characters): it signs invitation links and the prod profile does not generate one.");
		}
		return fromFile(Path.of(properties.secretFile()));
	}

	private static byte[] fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
			}
			byte[] random = new byte[48];
			new SecureRandom().nextBytes(random);
			String secret = Base64.getEncoder().encodeToString(random);
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.writeString(file, secret);
			restrictToOwner(file);
			log.info("Generated the invitation link secret in {}", file.toAbsolutePath());
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the invitation secret file " + file, e);
		}
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException e) {
			log.debug("Could not restrict permissions of {}", file);
		}
	}

}
