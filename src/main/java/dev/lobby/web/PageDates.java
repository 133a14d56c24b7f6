package dev.lobby.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and moments as the pages show them: in the reader's language
 * ({@code format.date}, {@code format.moment}) and time zone — the one they chose in My
 * profile, else their browser's, else UTC (the page's locale context, see
 * {@code PageConfiguration}).
 */
@Component
public class PageDates {

	private final MessageSource messages;

	PageDates(MessageSource messages) {
		this.messages = messages;
	}

	/** "3 December 2026"; null for none. */
	public @Nullable String day(@Nullable Instant instant, Locale locale) {
		return format(instant, "format.date", locale);
	}

	/** "3 December 2026, 14:05 CET"; null for none. */
	public @Nullable String moment(@Nullable Instant instant, Locale locale) {
		return format(instant, "format.moment", locale);
	}

	/** The time zone of this request's page. */
	public ZoneId zone() {
		return LocaleContextHolder.getTimeZone().toZoneId();
	}

	private @Nullable String format(@Nullable Instant instant, String key, Locale locale) {
		if (instant == null) {
			return null;
		}
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale)
			.withZone(zone())
			.format(instant);
	}

}
