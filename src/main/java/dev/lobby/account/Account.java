package dev.lobby.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.lobby.platform.Stamp;

/**
 * An organisation (tenant). Emails to its people are written in its {@code locale}.
 *
 * @param invitationEmailsPerHour the operator's limit of invitation emails per hour for
 * this account; null: the configured default applies
 */
public record Account(String id, String name, AccountType type, Locale locale, Stamp created,
		@Nullable Integer invitationEmailsPerHour) {

	Account withSettings(String newName, Locale newLocale) {
		return new Account(id, newName, type, newLocale, created, invitationEmailsPerHour);
	}

	Account withInvitationEmailsPerHour(@Nullable Integer perHour) {
		return new Account(id, name, type, locale, created, perHour);
	}

}
