package dev.lobby.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.InvalidInput;
import dev.lobby.platform.Sentence;

/** The module catalogue. */
@Repository
public class Modules {

	private final JdbcClient jdbc;

	Modules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Module> all() {
		return jdbc.sql("SELECT id, name, description FROM modules ORDER BY id").query(Module.class).list();
	}

	/**
	 * The chosen modules in catalogue order, refusing an empty choice (with
	 * {@code noneChosen}) and unknown ids, as field errors under {@code modules}.
	 */
	public List<Module> requireKnown(@Nullable Collection<String> ids, Sentence noneChosen) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInput("modules", noneChosen);
		}
		Map<String, Module> found = byIds(ids);
		List<String> unknown = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInput("modules", Sentence.of("module.unknown", String.join(", ", unknown)));
		}
		return new ArrayList<>(found.values());
	}

	/** The modules with these ids, in catalogue order; unknown ids are simply absent. */
	public Map<String, Module> byIds(Collection<String> ids) {
		Map<String, Module> found = new LinkedHashMap<>();
		all().stream().filter(module -> ids.contains(module.id())).forEach(module -> found.put(module.id(), module));
		return found;
	}

}
