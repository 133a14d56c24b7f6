package dev.lobby.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * A closed loop: {@code clients} threads each make one call, wait for its answer and make
 * the next, for a warm-up and then for the measured duration. Latencies of the calls that
 * started in the measured window go into an HdrHistogram (microseconds); calls that
 * failed are counted apart, by reason (e.g. "HTTP 409 Conflict: …", from the answer's
 * status and problem title), with the first failure kept for the report.
 */
final class Load {

	/** One call; {@code false} (or an exception) is a failure. */
	interface Call {

		boolean run(int client) throws Exception;

	}

	/**
	 * Thrown by a call when its supply ran out (e.g. no invitation left to accept): that
	 * client stops, and the window ends early.
	 */
	static final class Exhausted extends RuntimeException {

		Exhausted(String what) {
			super(what);
		}

	}

	/**
	 * Thrown by a call whose answer was not the one expected: its reason names the status
	 * and, for a problem answer, its title.
	 */
	static final class Unexpected extends RuntimeException {

		Unexpected(String reason) {
			super(reason);
		}

	}

	private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]{0,120})\"");

	private final Meters meters;

	Load(Meters meters) {
		this.meters = meters;
	}

	/**
	 * {@code true} when the answer has the expected status; else throws
	 * {@link Unexpected} with the status and the problem's title.
	 */
	static boolean expect(Http.Answer response, int status) {
		if (response.statusCode() == status) {
			return true;
		}
		Matcher title = TITLE.matcher(response.body() == null ? "" : response.body());
		throw new Unexpected("HTTP " + response.statusCode() + (title.find() ? ": " + title.group(1) : ""));
	}

	Measurement run(String figure, String name, int clients, Duration warmup, Duration duration, Call call)
			throws InterruptedException {
		return run(figure, name, clients, warmup, duration, call, () -> {
		}, () -> {
		});
	}

	/**
	 * As above; {@code measuring} runs when the measured window starts, {@code measured}
	 * when its last call answered.
	 */
	Measurement run(String figure, String name, int clients, Duration warmup, Duration duration, Call call,
			Runnable measuring, Runnable measured) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(clients, Threads.daemon("client"));
		long start = System.nanoTime();
		long measureStart = start + warmup.toNanos();
		long end = measureStart + duration.toNanos();
		int seconds = (int) Math.ceil(duration.toNanos() / 1e9);
		AtomicLongArray perSecond = new AtomicLongArray(seconds + 1);
		AtomicLong errors = new AtomicLong();
		AtomicLong exhaustedAt = new AtomicLong(Long.MAX_VALUE);
		AtomicReference<String> firstError = new AtomicReference<>();
		Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
		List<Future<Histogram>> results = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			results.add(pool.submit(() -> {
				Histogram histogram = new Histogram(120_000_000L, 3);
				while (true) {
					long t0 = System.nanoTime();
					if (t0 >= end || t0 >= exhaustedAt.get()) {
						return histogram;
					}
					boolean ok;
					String reason = null;
					try {
						ok = call.run(client);
						if (!ok) {
							reason = "a call answered unexpectedly";
						}
					}
					catch (Exhausted ex) {
						exhaustedAt.accumulateAndGet(t0, Math::min);
						firstError.compareAndSet(null, "supply ran out: " + ex.getMessage());
						return histogram;
					}
					catch (Unexpected ex) {
						ok = false;
						reason = ex.getMessage();
					}
					catch (Exception ex) {
						ok = false;
						reason = ex.toString();
					}
					if (reason != null) {
						firstError.compareAndSet(null, reason);
					}
					long t1 = System.nanoTime();
					if (t0 >= measureStart) {
						if (ok) {
							histogram.recordValue(Math.min((t1 - t0) / 1000, 120_000_000L));
							perSecond.incrementAndGet((int) Math.min(seconds, (t0 - measureStart) / 1_000_000_000L));
						}
						else {
							errors.incrementAndGet();
							reasons.computeIfAbsent(reason, (r) -> new LongAdder()).increment();
						}
					}
				}
			}));
		}
		long untilMeasure = measureStart - System.nanoTime();
		if (untilMeasure > 0) {
			TimeUnit.NANOSECONDS.sleep(untilMeasure);
		}
		String loadAverage = Meters.loadAverage();
		Meters.Cpu before = this.meters.cpu();
		this.meters.startLoadWindow();
		measuring.run();
		Histogram all = new Histogram(120_000_000L, 3);
		for (Future<Histogram> result : results) {
			try {
				all.add(result.get());
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("client failed", ex.getCause());
			}
		}
		measured.run();
		Meters.Cpu after = this.meters.cpu();
		this.meters.endLoadWindow();
		pool.shutdownNow();
		long stoppedAt = Math.min(end, exhaustedAt.get());
		double measuredSeconds = Math.max(0.001, (stoppedAt - measureStart) / 1e9);
		Measurement measurement = Measurement
			.of(figure, name, clients, measuredSeconds, all, errors.get(), trend(perSecond, measuredSeconds),
					after.coresSince(before), this.meters.windowMaxRssMb(), firstError.get(),
					exhaustedAt.get() != Long.MAX_VALUE)
			.with("loadAverageAtStart", loadAverage);
		if (!reasons.isEmpty()) {
			Map<String, Long> byReason = new TreeMap<>();
			reasons.forEach((reason, count) -> byReason.put(reason, count.sum()));
			measurement.with("errorsByReason", byReason);
		}
		return measurement;
	}

	/**
	 * Rates of the first and the last window of whole seconds (10 s, or a third of a
	 * shorter run), so growth over the run shows.
	 */
	private static double[] trend(AtomicLongArray perSecond, double measured) {
		int whole = (int) Math.floor(measured);
		int window = Math.min(10, whole / 3);
		if (window < 1) {
			return null;
		}
		long first = 0;
		long last = 0;
		for (int i = 0; i < window; i++) {
			first += perSecond.get(i);
			last += perSecond.get(whole - 1 - i);
		}
		return new double[] { window, first / (double) window, last / (double) window };
	}

}
