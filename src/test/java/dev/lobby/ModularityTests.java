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
	 * Spring Modulith writes a diagram's components and relations in no fixed order;
	 * sorted (each run of consecutive component or relation lines on its own), the files
	 * change only when the modules do.
	 */
	static void sortRelations(Path folder) throws IOException {
		List<Path> diagrams;
		try (Stream<Path> files = Files.list(folder)) {
			diagrams = files.filter(file -> file.toString().endsWith(".puml")).toList();
		}
		for (Path diagram : diagrams) {
			Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
		}
	}

	static List<String> sortedRuns(List<String> lines) {
		List<String> result = new ArrayList<>(lines);
		int start = 0;
		while (start < result.size()) {
			String kind = kind(result.get(start));
			int end = start + 1;
			while (!kind.isEmpty() && end < result.size() && kind.equals(kind(result.get(end)))) {
				end++;
			}
			Collections.sort(result.subList(start, end));
			start = end;
		}
		return result;
	}

	/** "Rel" or "Component" for the lines that are sorted, empty for the rest. */
	static String kind(String line) {
		String trimmed = line.strip();
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
