package dev.lobby.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time of the three processes that share the machine (this client, Lobby, the
 * PostgreSQL backends serving the bench's database), and Lobby's resident memory sampled
 * every 200 ms.
 */
final class Meters implements AutoCloseable {

	private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

	private final ScheduledExecutorService sampler = Executors
		.newSingleThreadScheduledExecutor(Threads.daemon("rss-sampler"));

	private volatile LobbyProcess lobby;

	private double windowMaxRss;

	private double loadMaxRss;

	private final String database;

	/**
	 * @param database the name of the bench's database
	 */
	Meters(String database) {
		this.database = database;
		this.sampler.scheduleAtFixedRate(this::sample, 200, 200, TimeUnit.MILLISECONDS);
	}

	void watch(LobbyProcess lobby) {
		this.lobby = lobby;
	}

	/** CPU time used so far by each process. */
	record Cpu(long wallNanos, long clientNanos, long lobbyNanos, Map<Long, Long> postgresNanos) {

		/**
		 * Cores each process kept busy on average between {@code before} and this. A
		 * PostgreSQL backend that ended meanwhile is missing from both ends.
		 */
		double[] coresSince(Cpu before) {
			double wall = Math.max(1, this.wallNanos - before.wallNanos);
			long postgres = 0;
			for (Map.Entry<Long, Long> backend : this.postgresNanos.entrySet()) {
				postgres += backend.getValue() - before.postgresNanos.getOrDefault(backend.getKey(), 0L);
			}
			return new double[] { (this.clientNanos - before.clientNanos) / wall,
					(this.lobbyNanos - before.lobbyNanos) / wall, postgres / wall };
		}

	}

	/**
	 * CPU time so far; for PostgreSQL, of the server processes that serve the bench's
	 * database (Lobby's connections and the bench's own), not of other databases on the
	 * same server.
	 */
	Cpu cpu() {
		LobbyProcess current = this.lobby;
		long lobbyNanos = current == null ? 0 : cpuNanos(current.handle());
		Map<Long, Long> postgres = new HashMap<>();
		ProcessHandle.allProcesses()
			.filter((process) -> process.info().command().map((c) -> c.endsWith("/postgres")).orElse(false))
			.filter(this::servesDatabase)
			.forEach((process) -> postgres.put(process.pid(), cpuNanos(process)));
		return new Cpu(System.nanoTime(), OS.getProcessCpuTime(), lobbyNanos, postgres);
	}

	/** A backend's title reads "postgres: USER DATABASE HOST(PORT) STATE". */
	private boolean servesDatabase(ProcessHandle process) {
		try {
			String title = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
			return title.contains(" " + this.database + " ");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long cpuNanos(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	/** Starts a new window for {@link #windowMaxRssMb()}; load phases call it. */
	synchronized void startLoadWindow() {
		this.windowMaxRss = 0;
	}

	/** The highest resident memory of Lobby since the window started, in MiB. */
	synchronized double windowMaxRssMb() {
		return this.windowMaxRss;
	}

	/** The highest resident memory of Lobby seen during any load phase, in MiB. */
	synchronized double loadMaxRssMb() {
		return this.loadMaxRss;
	}

	synchronized void endLoadWindow() {
		this.loadMaxRss = Math.max(this.loadMaxRss, this.windowMaxRss);
	}

	private void sample() {
		LobbyProcess current = this.lobby;
		if (current == null) {
			return;
		}
		double rss = current.rssMb();
		synchronized (this) {
			this.windowMaxRss = Math.max(this.windowMaxRss, rss);
		}
	}

	/**
	 * Load average of the last minute, 5 and 15 minutes, as the operating system reports
	 * it.
	 */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return String.format("%.2f", OS.getSystemLoadAverage());
		}
	}

	@Override
	public void close() {
		this.sampler.shutdownNow();
	}

}
