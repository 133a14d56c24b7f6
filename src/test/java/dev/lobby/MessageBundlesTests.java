package dev.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the pages and emails exists in English and in German: a key missing in
 * either bundle, or left empty, fails the build; so does a template asking for a key the
 * English bundle lacks.
 */
class MessageBundlesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final List<String> LANGUAGES = List.of("de");

	/** {@code #{key}} and {@code #{key(…)}} with a literal key in a template. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	/** {@code #messages.msg('key')} in a template expression. */
	static final Pattern UTILITY_KEY = Pattern.compile("#messages\\.msg\\('([A-Za-z][A-Za-z0-9_.-]*)'");

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "mail/messages" })
	void everyLanguageHasEveryKeyAndNoneIsEmpty(String basename) throws IOException {
		Properties english = load(RESOURCES.resolve(basename + ".properties"));
		assertThat(english).isNotEmpty();
		for (String language : LANGUAGES) {
			Properties translated = load(RESOURCES.resolve(basename + "_" + language + ".properties"));
			assertThat(new TreeSet<>(translated.stringPropertyNames()))
				.as("keys of %s_%s.properties", basename, language)
				.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
			assertThat(translated.stringPropertyNames().stream().filter(key -> translated.getProperty(key).isBlank()))
				.as("empty texts in %s_%s.properties", basename, language)
				.isEmpty();
		}
		assertThat(english.stringPropertyNames().stream().filter(key -> english.getProperty(key).isBlank()))
			.as("empty texts in %s.properties", basename)
			.isEmpty();
	}

	@Test
	void everyKeyATemplateAsksForExists() throws IOException {
		Set<String> known = new TreeSet<>(load(RESOURCES.resolve("messages.properties")).stringPropertyNames());
		known.addAll(load(RESOURCES.resolve("mail/messages.properties")).stringPropertyNames());
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates
				.filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".txt"))
				.toList()) {
				String text = Files.readString(template);
				for (Pattern pattern : List.of(TEMPLATE_KEY, UTILITY_KEY)) {
					Matcher key = pattern.matcher(text);
					while (key.find()) {
						if (!known.contains(key.group(1))) {
							missing.add(RESOURCES.relativize(template) + ": " + key.group(1));
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void textsWithoutArgumentsWriteApostrophesOnce() throws IOException {
		// Spring formats a text only when it has arguments; '' shows up doubled
		// otherwise.
		for (String file : List.of("messages.properties", "messages_de.properties", "mail/messages.properties",
				"mail/messages_de.properties")) {
			Properties texts = load(RESOURCES.resolve(file));
			assertThat(texts.stringPropertyNames()
				.stream()
				.filter(key -> texts.getProperty(key).contains("''") && !texts.getProperty(key).contains("{0"))
				.collect(Collectors.toList())).as(file).isEmpty();
		}
	}

}
