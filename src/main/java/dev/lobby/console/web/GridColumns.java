package dev.lobby.console.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the Settings › Users grid a person hides. A person's preference, not the
 * grid's state: it is kept server side per person (it follows them to any browser and
 * survives signing out), and a grid URL someone shares shows the receiver their own
 * columns. The User column (name and id) and the actions always show.
 */
public record GridColumns(Set<String> hidden) {

	/** The name of the person's setting that holds the hidden columns. */
	static final String SETTING = "users.grid.hidden-columns";

	/** The columns a person may hide, in the grid's order. */
	static final List<String> HIDEABLE = List.of("email", "status", "joined", "lastSignIn", "groups", "modules");

	public GridColumns {
		hidden = Set.copyOf(hidden);
	}

	/** The columns a stored setting hides; what is not a hideable column is ignored. */
	static GridColumns stored(@Nullable String value) {
		if (value == null) {
			return new GridColumns(Set.of());
		}
		return new GridColumns(Arrays.stream(value.split(","))
			.map(String::strip)
			.filter(HIDEABLE::contains)
			.collect(Collectors.toSet()));
	}

	/** Every hideable column that is not among those shown. */
	static GridColumns showing(Collection<String> shown) {
		Set<String> hidden = new LinkedHashSet<>(HIDEABLE);
		hidden.removeAll(shown);
		return new GridColumns(hidden);
	}

	/** The setting's value; null when every column shows. */
	@Nullable String stored() {
		return hidden.isEmpty() ? null : HIDEABLE.stream().filter(hidden::contains).collect(Collectors.joining(","));
	}

	public boolean shows(String column) {
		return !hidden.contains(column);
	}

	public List<String> hideable() {
		return HIDEABLE;
	}

}
