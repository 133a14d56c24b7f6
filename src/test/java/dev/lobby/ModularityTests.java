package dev.lobby;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ModularityTests {

	/**
	 * Committed with the code, so a reader sees the modules without running anything
	 * (docs/architecture.md).
	 */
	static final String DOCUMENTATION = "docs/architecture";

	/**
	 * Javadoc that spring-modulith-apt collects at compile time; the canvases show it.
	 */
	static final Path JAVADOC = Path.of("target/generated-spring-modulith/javadoc.json");

	final ApplicationModules modules = ApplicationModules.of(LobbyApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		modules.verify();
	}

	/**
	 * Rewrites the module canvases (AsciiDoc) and the component diagrams (PlantUML) from
	 * the code on every run: when the modules change, {@code git status} shows the
	 * documentation that changed with them, to be committed alongside.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		makeJavadocReadableForTheDocumenter();

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION)).writeDocumentation();
		sortRelations(Path.of(DOCUMENTATION));
	}

	/**
	 * Spring Modulith writes a diagram's components and relations, and a canvas's lists
	 * (e.g. the events a module listens to), in no fixed order; sorted (each run of
	 * consecutive component, relation or list lines on its own), the files change only
	 * when the modules do.
	 */
	static void sortRelations(Path folder) throws IOException {
		List<Path> documents;
		try (Stream<Path> files = Files.list(folder)) {
			documents = files.filter(file -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
				.toList();
		}
		for (Path document : documents) {
			Files.write(document, sortedRuns(Files.readAllLines(document)));
		}
	}

	static List<String> sortedRuns(List<String> lines) {
		List<String> result = new ArrayList<>(lines);
		int start = 0;
		while (start < result.size()) {
			String kind = kind(result.get(start));
			int end = start + 1;
			while (!kind.isEmpty() && end < result.size() && kind(result.get(end)).equals(kind)
					&& !result.get(end).startsWith("|")) {
				end++;
			}
			if (kind.equals("Item")) {
				// A table cell's list: the first item carries the cell's "|".
				boolean cell = result.get(start).startsWith("|");
				List<String> items = new ArrayList<>(result.subList(start, end)
					.stream()
					.map(line -> line.startsWith("|") ? line.substring(1) : line)
					.sorted()
					.toList());
				if (cell) {
					items.set(0, "|" + items.get(0));
				}
				for (int i = 0; i < items.size(); i++) {
					result.set(start + i, items.get(i));
				}
			}
			else {
				Collections.sort(result.subList(start, end));
			}
			start = end;
		}
		return result;
	}

	/**
	 * "Rel", "Component" or "Item" (a canvas's list entry) for the lines that are sorted,
	 * empty for the rest.
	 */
	static String kind(String line) {
		String trimmed = line.strip();
		if (trimmed.startsWith("|* `") || trimmed.startsWith("* `")) {
			return "Item";
		}
		return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : "";
	}

	/**
	 * Spring Modulith 2.0.3 reads the collected javadoc with Spring Boot's
	 * {@code BasicJsonParser}, which loses its way in valid JSON whose strings hold
	 * quotes, backslashes or unbalanced braces (spring-projects/spring-modulith#1762), as
	 * the RQL grammar's javadoc does. The same comments, written with HTML character
	 * references instead, read the same on a canvas.
	 */
	static void makeJavadocReadableForTheDocumenter() throws IOException {
		if (!Files.exists(JAVADOC)) {
			return;
		}
		JsonMapper json = JsonMapper.builder().build();
		JsonNode javadoc = json.readTree(Files.readString(JAVADOC));
		plainComments(javadoc);
		Files.writeString(JAVADOC, json.writeValueAsString(javadoc));
	}

	static void plainComments(JsonNode node) {
		if (node instanceof ObjectNode object && object.path("comment").isString()) {
			object.put("comment", plain(object.get("comment").asString()));
		}
		node.forEach(ModularityTests::plainComments);
	}

	static String plain(String comment) {
		String plain = comment.replace("\\", "&#92;").replace("\"", "&quot;").replaceAll("[\\r\\n\\t]", " ");
		if (!balanced(plain, '{', '}')) {
			plain = plain.replace("{", "&#123;").replace("}", "&#125;");
		}
		if (!balanced(plain, '[', ']')) {
			plain = plain.replace("[", "&#91;").replace("]", "&#93;");
		}
		return plain;
	}

	static boolean balanced(String text, char open, char close) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += c == open ? 1 : c == close ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

}
