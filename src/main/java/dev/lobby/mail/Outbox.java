package dev.lobby.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/** TEMPORARY STUB until the mail module lands. */
@Service
public class Outbox {

	public void queue(EmailRequest request) {
	}

	public List<Instant> queuedSince(String accountId, Set<String> reasons, Instant since) {
		return List.of();
	}

	public List<Instant> queuedForMemberSince(String accountUserId, Set<String> reasons, Instant since) {
		return List.of();
	}
}
