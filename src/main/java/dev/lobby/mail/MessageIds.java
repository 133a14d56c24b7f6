package dev.lobby.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import dev.lobby.platform.LobbyProperties;

/**
 * The {@code Message-ID} of an outbox email: derived from its row alone, so every attempt
 * to send one email carries the same id and a relay or a reader recognises a repeat as
 * the same message. The hash of the row's id and creation time keeps ids apart between
 * installations whose outboxes count from 1 alike; the domain is the host people reach
 * Lobby at.
 */
@Component
class MessageIds {

	private final String domain;

	MessageIds(LobbyProperties lobby) {
		String publicUrl = lobby.publicUrl().toString();
		String host = null;
		try {
			host = URI.create(publicUrl.strip()).getHost();
		}
		catch (IllegalArgumentException e) {
			// an unusual public URL only costs the Message-ID its domain
		}
		this.domain = host == null || host.isBlank() || !host.matches("[A-Za-z0-9.-]+") ? "lobby.localhost" : host;
	}

	String of(long outboxId, Instant createdAt) {
		return "<outbox-" + outboxId + "." + hash(outboxId + "|" + createdAt) + "@" + domain + ">";
	}

	private static String hash(String row) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("lobby-outbox|" + row).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
