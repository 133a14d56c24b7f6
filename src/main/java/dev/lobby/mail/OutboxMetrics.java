package dev.lobby.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code lobby.mail.outbox} by status: a growing Pending count means the mail server is
 * down or slow, any Failed email needs an operator's look.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final Outbox outbox;

	OutboxMetrics(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { "Pending", "Failed" }) {
			Gauge.builder("lobby.mail.outbox", outbox, o -> o.count(status))
				.tag("status", status)
				.description("Emails in the outbox by status")
				.register(registry);
		}
	}

}
