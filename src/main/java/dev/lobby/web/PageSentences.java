package dev.lobby.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.LobbyException;
import dev.lobby.platform.Sentence;

/**
 * The services' sentences in the language of this request's page (the person's choice,
 * else the browser's; see {@code PageConfiguration}), where the REST API says them in
 * English. Templates reach it as {@code @pageSentences}.
 */
@Component
public class PageSentences {

	private final MessageSource messages;

	PageSentences(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence in the page's language; null for none. */
	public @Nullable String of(@Nullable Sentence sentence) {
		if (sentence == null) {
			return null;
		}
		try {
			return messages.getMessage(sentence, locale());
		}
		catch (NoSuchMessageException missing) {
			return sentence.english();
		}
	}

	/**
	 * What the refusal says, in the page's language: for input refused in one field,
	 * every problem of that field.
	 */
	public String of(LobbyException refusal) {
		if (refusal instanceof InvalidInput invalid && invalid.sentences().size() == 1) {
			return String.join(" ", errors(invalid).values().iterator().next());
		}
		return String.valueOf(of(refusal.sentence()));
	}

	/** The problems of each field, in the page's language. */
	public Map<String, List<String>> errors(InvalidInput invalid) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		invalid.sentences()
			.forEach((field, sentences) -> errors.put(field,
					sentences.stream().map(sentence -> String.valueOf(of(sentence))).toList()));
		return errors;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
