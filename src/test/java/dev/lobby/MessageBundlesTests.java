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

	static final List<String> BUNDLE_FILES = List.of("messages.properties", "messages_de.properties",
			"mail/messages.properties", "mail/messages_de.properties", "refusals.properties", "refusals_de.properties");

	/** {@code Sentence.of("key"…} with a literal key in the code. */
	static final Pattern SENTENCE_KEY = Pattern.compile("Sentence\\.of\\(\\s*\"([^\"]+)\"(\\s*\\+)?");

	/** A status rule's key ({@code requireStatus(…, "member.…")}). */
	static final Pattern RULE_KEY = Pattern.compile("requireStatus\\([^;]*?\"([a-z][a-z.-]+)\"\\)");

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "mail/messages", "refusals" })
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
		for (String file : BUNDLE_FILES) {
			Properties texts = load(RESOURCES.resolve(file));
			assertThat(texts.stringPropertyNames()
				.stream()
				.filter(key -> texts.getProperty(key).contains("''") && !texts.getProperty(key).contains("{0"))
				.collect(Collectors.toList())).as(file).isEmpty();
		}
	}

	@Test
	void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
		// MessageFormat drops a lone ' and treats what follows as literal.
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (String file : BUNDLE_FILES) {
			Properties texts = load(RESOURCES.resolve(file));
			assertThat(texts.stringPropertyNames()
				.stream()
				.filter(key -> texts.getProperty(key).contains("{0") && lone.matcher(texts.getProperty(key)).find())
				.sorted()
				.toList()).as(file).isEmpty();
		}
	}

	@Test
	void everySentenceTheCodeNamesExists() throws IOException {
		Set<String> known = load(RESOURCES.resolve("refusals.properties")).stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		int found = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				for (Pattern pattern : List.of(SENTENCE_KEY, RULE_KEY)) {
					Matcher key = pattern.matcher(code);
					while (key.find()) {
						found++;
						String name = key.group(1);
						// A key completed at run time ("member.state." + status): some
						// key
						// must start with it; the enum tests check each completion.
						boolean prefix = key.groupCount() > 1 && key.group(2) != null;
						if (prefix ? known.stream().noneMatch(k -> k.startsWith(name)) : !known.contains(name)) {
							missing.add(Path.of("src/main/java").relativize(source) + ": " + name);
						}
					}
				}
			}
		}
		assertThat(found).as("sentences found in the code").isGreaterThan(70);
		assertThat(missing).isEmpty();
	}

	@Test
	void aRefusalsKeyIsNoPageKey() throws IOException {
		Set<String> pages = load(RESOURCES.resolve("messages.properties")).stringPropertyNames();
		assertThat(load(RESOURCES.resolve("refusals.properties")).stringPropertyNames()
			.stream()
			.filter(pages::contains)
			.toList()).isEmpty();
	}

}
