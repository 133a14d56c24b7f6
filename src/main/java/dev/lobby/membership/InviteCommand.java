package dev.lobby.membership;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to invite someone; checked by
 * {@link InvitationManagement#invite}.
 */
public record InviteCommand(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
		@Nullable List<String> groupIds) {
}
