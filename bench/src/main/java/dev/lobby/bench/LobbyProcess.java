package dev.lobby.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lobby started from its jar in the {@code prod} profile, as an operator runs it
 * (docs/production.md): PostgreSQL, an SMTP relay (the sink), a secret, a public URL, a
 * bootstrap administrator and API token. Knows the process: when it is ready, its
 * resident memory, its CPU time.
 */
final class LobbyProcess implements AutoCloseable {

	/** The bootstrap administrator Lobby creates at its first start (an operator). */
	static final String ADMIN_EMAIL = "admin@bench.example";

	static final String ADMIN_PASSWORD = "Bench!Admin-Passw0rd";

	private final Process process;

	private final long startedNanos;

	private final Path log;

	private LobbyProcess(Process process, long startedNanos, Path log) {
		this.process = process;
		this.startedNanos = startedNanos;
		this.log = log;
	}

	/**
	 * The settings the benchmark gives Lobby besides the ones any production start needs:
	 * the limits that would otherwise refuse a load test (they are what the benchmark
	 * records as changed from the defaults).
	 */
	static Map<String, String> benchmarkOverrides() {
		return Map.of("LOBBY_MAIL_ACCOUNT_LIMIT_PER_HOUR", "1000000000", "LOBBY_API_RATE_LIMIT_PER_TOKEN", "0",
				"LOBBY_API_RATE_LIMIT_PER_ADDRESS", "0");
	}

	static LobbyProcess start(Options options, int smtpPort, String token, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options.lobbyJavaOptions());
		command.add("-jar");
		command.add(options.jar().toString());
		command.add("--server.port=" + options.port());
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("SPRING_PROFILES_ACTIVE", "prod");
		env.put("SPRING_DATASOURCE_URL", options.jdbcUrl());
		env.put("SPRING_DATASOURCE_USERNAME", options.dbUser());
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
		env.put("LOBBY_INVITATIONS_SECRET", "bench-secret-" + token);
		env.put("LOBBY_PUBLIC_URL", "http://127.0.0.1:" + options.port());
		env.put("LOBBY_MAIL_FROM", "Lobby bench <lobby@bench.example>");
		env.put("LOBBY_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
		env.put("LOBBY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("LOBBY_BOOTSTRAP_API_TOKEN", token);
		env.putAll(benchmarkOverrides());
		builder.redirectErrorStream(true);
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		long started = System.nanoTime();
		return new LobbyProcess(builder.start(), started, log);
	}

	long pid() {
		return this.process.pid();
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	/**
	 * Waits until an authenticated call with the token answers 200 and returns the time
	 * since the process was started.
	 */
	Duration awaitReady(String baseUrl, String token, Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/public/v1/accounts/accounts"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = this.startedNanos + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Lobby exited during start (exit " + this.process.exitValue()
						+ "); its log: " + this.log + "\n" + tail());
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - this.startedNanos);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Lobby was not ready within " + timeout + "; its log: " + this.log);
	}

	/** Resident memory now, in MiB (VmRSS of /proc/PID/status). */
	double rssMb() {
		return statusKb("VmRSS:") / 1024.0;
	}

	/** The most resident memory the process ever had, in MiB (VmHWM). */
	double peakRssMb() {
		return statusKb("VmHWM:") / 1024.0;
	}

	private long statusKb(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
				if (line.startsWith(field)) {
					return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// gone or not Linux
		}
		return -1;
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** Stops Lobby as an operator would (SIGTERM), forcibly after 30 s. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
