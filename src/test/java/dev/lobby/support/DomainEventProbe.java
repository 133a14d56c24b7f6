package dev.lobby.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;

import dev.lobby.platform.Audited;

/**
 * Listens to the services' events like the audit trail and the emails do: it keeps what
 * was published, and can fail once on purpose to show that a listener's failure undoes
 * the whole change.
 */
public class DomainEventProbe {

	private final List<Audited> published = new CopyOnWriteArrayList<>();

	private volatile @Nullable Class<? extends Audited> failOn;

	@EventListener
	void on(Audited event) {
		published.add(event);
		Class<? extends Audited> failing = failOn;
		if (failing != null && failing.isInstance(event)) {
			failOn = null;
			throw new IllegalStateException("A listener failed on purpose");
		}
	}

	/** The events of this type published about this object, oldest first. */
	public <T extends Audited> List<T> published(Class<T> type, String objectId) {
		return published.stream()
			.filter(type::isInstance)
			.filter(event -> event.objectId().equals(objectId))
			.map(type::cast)
			.toList();
	}

	/** The next event of this type makes its listener fail. */
	public void failNext(Class<? extends Audited> type) {
		failOn = type;
	}

}
