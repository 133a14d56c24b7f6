package dev.lobby.group;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	/** The modules with these ids, in catalogue order; unknown ids are simply absent. */
	public Map<String, Module> byIds(Collection<String> ids) {
		Map<String, Module> found = new LinkedHashMap<>();
		all().stream().filter(module -> ids.contains(module.id())).forEach(module -> found.put(module.id(), module));
		return found;
	}
}
