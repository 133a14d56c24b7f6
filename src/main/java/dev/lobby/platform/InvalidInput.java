package dev.lobby.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input broke a rule; {@link #sentences()} names each offending field with what is wrong
 * with it, {@link #errors()} says the same in English.
 */
public class InvalidInput extends LobbyException {

	private final Map<String, List<Sentence>> sentences;

	public InvalidInput(String field, Sentence sentence) {
		this(Map.of(field, List.of(sentence)));
	}

	public InvalidInput(Map<String, List<Sentence>> sentences) {
		super(summary(sentences));
		this.sentences = new LinkedHashMap<>(sentences);
	}

	private static Sentence summary(Map<String, List<Sentence>> sentences) {
		if (sentences.size() == 1) {
			List<Sentence> only = sentences.values().iterator().next();
			// Several problems of one field: the REST API's detail joins them; pages show
			// each under its field.
			return only.size() == 1 ? only.get(0)
					: Sentence.untranslated(String.join(" ", only.stream().map(Sentence::english).toList()));
		}
		return Sentence.of("refused.invalid-fields", sentences.size());
	}

	/** What is wrong with each field, in the reader's language once resolved. */
	public Map<String, List<Sentence>> sentences() {
		return sentences;
	}

	/** What is wrong with each field, in English: the REST API's {@code errors}. */
	public Map<String, List<String>> errors() {
		Map<String, List<String>> english = new LinkedHashMap<>();
		sentences.forEach((field, problems) -> english.put(field, problems.stream().map(Sentence::english).toList()));
		return english;
	}

}
