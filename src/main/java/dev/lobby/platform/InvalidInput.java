package dev.lobby.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input broke a rule; {@link #errors()} names each offending field with sentences.
 */
public class InvalidInput extends LobbyException {

	private final Map<String, List<String>> errors;

	public InvalidInput(String field, String message) {
		this(Map.of(field, List.of(message)));
	}

	public InvalidInput(Map<String, List<String>> errors) {
		super(summary(errors));
		this.errors = new LinkedHashMap<>(errors);
	}

	private static String summary(Map<String, List<String>> errors) {
		return errors.size() == 1 ? String.join(" ", errors.values().iterator().next())
				: "The request has " + errors.size() + " invalid fields.";
	}

	public Map<String, List<String>> errors() {
		return errors;
	}

}
