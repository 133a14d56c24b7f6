package dev.lobby.console.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates and moments as the pages show them: in the reader's language
 * ({@code format.date}, {@code format.moment}), in UTC, since Lobby does not know a
 * person's time zone yet.
 */
@Component
class PageDates {

	private final MessageSource messages;

	PageDates(MessageSource messages) {
		this.messages = messages;
	}

	/** "3 December 2026"; null for none. */
	@Nullable String day(@Nullable Instant instant, Locale locale) {
		return format(instant, "format.date", locale);
	}

	/** "3 December 2026, 14:05 UTC"; null for none. */
	@Nullable String moment(@Nullable Instant instant, Locale locale) {
		return format(instant, "format.moment", locale);
	}

	private @Nullable String format(@Nullable Instant instant, String key, Locale locale) {
		if (instant == null) {
			return null;
		}
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale)
			.withZone(ZoneOffset.UTC)
			.format(instant);
	}

}
