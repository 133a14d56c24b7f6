package dev.lobby.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The problems of a form's fields, gathered before refusing, so a person sees and fixes
 * them all at once rather than one per attempt.
 */
public final class FieldErrors {

	private final Map<String, List<Sentence>> errors = new LinkedHashMap<>();

	/**
	 * The value of a check of one field, or empty when it refused; its sentences are kept
	 * for {@link #throwIfAny()}.
	 */
	public <T> Optional<T> check(Supplier<T> check) {
		try {
			return Optional.of(check.get());
		}
		catch (InvalidInput refused) {
			errors.putAll(refused.sentences());
			return Optional.empty();
		}
	}

	/** Refuses with every problem gathered, when there is one. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

}
