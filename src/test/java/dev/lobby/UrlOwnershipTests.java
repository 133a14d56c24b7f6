package dev.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every URL has one home: the module whose controller serves it. No other module writes
 * it as a string (the HTTP edge learns what it must know of a module's paths from what
 * the module declares, e.g. {@code web.AnonymousAccess} and {@code web.ApiErrors}).
 */
class UrlOwnershipTests {

	static final Path MAIN = Path.of("src/main/java");

	static final Pattern PATH_LITERAL = Pattern.compile("\"(/[a-z][^\"\\s]*)\"");

	/**
	 * The roots the HTTP edge owns itself: the API as a whole, actuator, the error page.
	 */
	static final List<String> SHARED_ROOTS = List.of("/", "/public", "/public/", "/public/**", "/actuator",
			"/actuator/", "/actuator/**", "/error");

	final ApplicationModules modules = ApplicationModules.of(LobbyApplication.class);

	@Test
	void noModuleWritesAnotherModulesUrls() throws IOException {
		Map<String, List<String>> served = servedPathsByModule();
		assertThat(served.values().stream().mapToInt(List::size).sum()).as("paths found in the controllers")
			.isGreaterThan(30);
		List<String> foreign = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = moduleOf(file);
				Matcher literal = PATH_LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					String path = literal.group(1);
					if (SHARED_ROOTS.contains(path)) {
						continue;
					}
					if (names(path, served.getOrDefault(module, List.of()))) {
						continue;
					}
					served.forEach((owner, paths) -> {
						if (!owner.equals(module) && names(path, paths)) {
							foreign.add(file + ": \"" + path + "\" is a URL of " + owner);
						}
					});
				}
			}
		}
		assertThat(foreign).isEmpty();
	}

	/**
	 * Whether a string names one of the served paths: the same path (variables are
	 * variables, whatever their names), or the start of one that is built on (a string
	 * ending with {@code /}, e.g. {@code "/invitations/" + code}).
	 */
	static boolean names(String literal, List<String> servedPaths) {
		String written = shape(literal);
		return servedPaths.stream()
			.map(UrlOwnershipTests::shape)
			.anyMatch(served -> served.equals(written) || written.endsWith("/") && served.startsWith(written));
	}

	/** The path with each variable as {@code {}} and without a trailing {@code /**}. */
	static String shape(String path) {
		return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/\\*\\*$", "");
	}

	Map<String, List<String>> servedPathsByModule() {
		return modules.stream()
			.collect(Collectors.toMap(ApplicationModule::getIdentifier,
					module -> module.getBasePackage()
						.stream()
						.filter(type -> AnnotatedElementUtils.hasAnnotation(type.reflect(), Controller.class))
						.flatMap(type -> paths(type.reflect()).stream())
						.toList()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().toString(), Map.Entry::getValue));
	}

	static List<String> paths(Class<?> controller) {
		RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
		List<String> prefixes = root == null || root.path().length == 0 ? List.of("") : Arrays.asList(root.path());
		List<String> paths = new ArrayList<>();
		for (Method method : controller.getDeclaredMethods()) {
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
			if (mapping == null) {
				continue;
			}
			List<String> tails = mapping.path().length == 0 ? List.of("") : Arrays.asList(mapping.path());
			prefixes.forEach(prefix -> tails.forEach(tail -> paths.add(prefix + tail)));
		}
		return paths.stream().filter(path -> !SHARED_ROOTS.contains(path)).toList();
	}

	String moduleOf(Path file) {
		String type = MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
		return modules.stream()
			.filter(module -> type.startsWith(module.getBasePackage().getName() + "."))
			.map(module -> module.getIdentifier().toString())
			.findFirst()
			.orElse("");
	}

}
