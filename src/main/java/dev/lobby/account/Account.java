package dev.lobby.account;

import java.util.Locale;

import dev.lobby.platform.Stamp;

/** An organisation (tenant). Emails to its people are written in its {@code locale}. */
public record Account(String id, String name, AccountType type, Locale locale, Stamp created) {
}
