package dev.lobby.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run measures and for how long; {@code --smoke} picks small sizes and short
 * durations, and any option given after it still wins.
 */
record Options(boolean smoke, Path jar, String jdbcUrl, String dbUser, int port, List<Integer> levels, Duration warmup,
		Duration duration, Duration inviteDuration, Duration extraDuration, List<Integer> sizes, int drainEmails,
		Duration drainMax, int windowEmails, int hashSamples, Path out, Path work, String commit,
		List<String> lobbyJavaOptions, List<String> figures) {

	static final String USAGE = """
			Usage: bench/run.sh [--smoke] [--option=value ...]
			  --smoke                   about a minute: one level (4 clients), 5,000 members, ~1 s per figure;
			                         exits non-zero if anything fails
			  --levels=1,8,32           concurrent clients for each closed-loop figure
			  --warmup=5                seconds of unmeasured calls before each operation
			  --duration=20             measured seconds per operation and level
			  --invite-duration=60      measured seconds of the sustained invite
			  --extra-duration=10       measured seconds of each extra member-list query (1 client)
			  --sizes=10000,100000,1000000  member-list account sizes (drop 1000000 to save ~2 minutes)
			  --drain-emails=20000      pending emails queued for the outbox drain
			  --drain-max=120           longest wait for the drain, in seconds
			  --window-emails=100000    emails in the rate-limit window of the "full" account
			  --hash-samples=20         password hashes timed alone
			  --out=bench/results.json  where the results go
			  --port=0                  Lobby's HTTP port (0: a free one)
			  --figures=all             only these figures, e.g. 3,8 or 7 (the members are loaded for 3 and 8;
			                         start and memory are always measured, the restart only with 7 or all)
			""";

	static Options parse(String[] args) {
		Map<String, String> given = new LinkedHashMap<>();
		boolean smoke = false;
		for (String arg : args) {
			if (arg.equals("--smoke")) {
				smoke = true;
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg + "\n" + USAGE);
			}
		}
		Map<String, String> values = new LinkedHashMap<>(smoke ? smokeDefaults() : fullDefaults());
		values.putAll(given);
		Options options = new Options(smoke, Path.of(required(values, "jar")), required(values, "jdbc-url"),
				values.getOrDefault("db-user", "postgres"), port(values.getOrDefault("port", "0")),
				ints(values.get("levels")), seconds(values.get("warmup")), seconds(values.get("duration")),
				seconds(values.get("invite-duration")), seconds(values.get("extra-duration")),
				ints(values.get("sizes")), Integer.parseInt(values.get("drain-emails")),
				seconds(values.get("drain-max")), Integer.parseInt(values.get("window-emails")),
				Integer.parseInt(values.get("hash-samples")), Path.of(values.get("out")),
				Path.of(values.getOrDefault("work", "bench/target")), values.getOrDefault("commit", "unknown"),
				words(values.getOrDefault("lobby-java-options", "")),
				List.of(values.getOrDefault("figures", "all").split(",")));
		values.keySet().forEach(Options::known);
		return options;
	}

	/** The port Lobby listens on; 0 picks one that is free now. */
	private static int port(String value) {
		int port = Integer.parseInt(value);
		if (port != 0) {
			return port;
		}
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> fullDefaults() {
		return Map.ofEntries(Map.entry("levels", "1,8,32"), Map.entry("warmup", "5"), Map.entry("duration", "20"),
				Map.entry("invite-duration", "60"), Map.entry("extra-duration", "10"),
				Map.entry("sizes", "10000,100000,1000000"), Map.entry("drain-emails", "20000"),
				Map.entry("drain-max", "120"), Map.entry("window-emails", "100000"), Map.entry("hash-samples", "20"),
				Map.entry("out", "bench/results.json"));
	}

	private static Map<String, String> smokeDefaults() {
		return Map.ofEntries(Map.entry("levels", "4"), Map.entry("warmup", "0.5"), Map.entry("duration", "1"),
				Map.entry("invite-duration", "2"), Map.entry("extra-duration", "0.3"), Map.entry("sizes", "5000"),
				Map.entry("drain-emails", "100"), Map.entry("drain-max", "4"), Map.entry("window-emails", "2000"),
				Map.entry("hash-samples", "3"), Map.entry("out", "bench/target/smoke-results.json"));
	}

	private static void known(String key) {
		List<String> known = List.of("jar", "jdbc-url", "db-user", "port", "levels", "warmup", "duration",
				"invite-duration", "extra-duration", "sizes", "drain-emails", "drain-max", "window-emails",
				"hash-samples", "out", "work", "commit", "lobby-java-options", "figures");
		if (!known.contains(key)) {
			throw new IllegalArgumentException("Unknown option --" + key + "\n" + USAGE);
		}
	}

	private static String required(Map<String, String> values, String key) {
		String value = values.get(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing --" + key + " (bench/run.sh passes it)");
		}
		return value;
	}

	private static List<Integer> ints(String csv) {
		return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
	}

	private static Duration seconds(String value) {
		return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
	}

	private static List<String> words(String value) {
		return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
	}

	/** Whether this run measures figure {@code number} ({@code --figures}). */
	boolean measures(String number) {
		return this.figures.contains("all") || this.figures.contains(number);
	}

	/** The database's name, from the end of the JDBC URL. */
	String databaseName() {
		String path = this.jdbcUrl.substring(this.jdbcUrl.lastIndexOf('/') + 1);
		return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
	}

	/** The options as the results file records them. */
	Map<String, Object> describe() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("smoke", this.smoke);
		map.put("levels", this.levels);
		map.put("warmupSeconds", this.warmup.toMillis() / 1000.0);
		map.put("durationSeconds", this.duration.toMillis() / 1000.0);
		map.put("inviteDurationSeconds", this.inviteDuration.toMillis() / 1000.0);
		map.put("extraDurationSeconds", this.extraDuration.toMillis() / 1000.0);
		map.put("sizes", this.sizes);
		map.put("drainEmails", this.drainEmails);
		map.put("drainMaxSeconds", this.drainMax.toMillis() / 1000.0);
		map.put("windowEmails", this.windowEmails);
		map.put("hashSamples", this.hashSamples);
		map.put("lobbyJavaOptions", String.join(" ", this.lobbyJavaOptions));
		map.put("figures", this.figures);
		return map;
	}

}
