package dev.lobby.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A sentence for a person, named by its key in the {@code refusals} bundles and its
 * arguments, so that each reader gets it in their own language: pages resolve it in the
 * person's language, the REST API answers in English ({@link #english()}). An argument
 * may be a sentence itself (a status, a wait), resolved in the same language.
 * <p>
 * The texts live only in the bundles ({@code refusals.properties} in English,
 * {@code refusals_de.properties} in German); code names keys, so a sentence has one home
 * per language. {@link #untranslated} is for the few texts only an integrator reads (the
 * REST API's query language and headers), which are English by design.
 */
public final class Sentence implements MessageSourceResolvable, Serializable {

	private static final long serialVersionUID = 1L;

	/** The bundles' name, for every message source that resolves sentences. */
	public static final String BUNDLE = "refusals";

	private static final ResourceBundleMessageSource ENGLISH = englishSource();

	private final @Nullable String key;

	private final Object[] arguments;

	private final @Nullable String text;

	private Sentence(@Nullable String key, Object[] arguments, @Nullable String text) {
		this.key = key;
		this.arguments = arguments;
		this.text = text;
	}

	/** The sentence under {@code key} in the bundles, with its arguments. */
	public static Sentence of(String key, Object... arguments) {
		return new Sentence(key, arguments.clone(), null);
	}

	/**
	 * A sentence in English only: for texts of the REST API's protocol (its query
	 * language, its headers), which no page shows.
	 */
	public static Sentence untranslated(String english) {
		return new Sentence(null, new Object[0], english);
	}

	/** The key in the bundles, or null for an {@link #untranslated} sentence. */
	public @Nullable String key() {
		return key;
	}

	/** The sentence in English, as the REST API and the logs say it. */
	public String english() {
		try {
			return ENGLISH.getMessage(this, Locale.ENGLISH);
		}
		catch (NoSuchMessageException missing) {
			// MessageBundlesTests fails the build first; never a stack trace for a text.
			return String.valueOf(key);
		}
	}

	@Override
	public String[] getCodes() {
		return key == null ? new String[0] : new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return text;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Sentence sentence && Objects.equals(sentence.key, key)
				&& Arrays.equals(sentence.arguments, arguments) && Objects.equals(sentence.text, text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, Arrays.hashCode(arguments), text);
	}

	@Override
	public String toString() {
		return english();
	}

	private static ResourceBundleMessageSource englishSource() {
		// Configured like the application's message source (spring.messages.*), which
		// reads the same bundles for pages.
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename(BUNDLE);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
