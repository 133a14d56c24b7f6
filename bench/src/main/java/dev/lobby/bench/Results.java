package dev.lobby.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything one run found: the machine and versions, every closed-loop measurement, the
 * single figures (times, memory, rates), what could not be measured, and what failed.
 * Printed as a table and written as JSON.
 */
final class Results {

	private final Map<String, Object> machine = new LinkedHashMap<>();

	private final List<Measurement> measurements = new ArrayList<>();

	private final Map<String, Object> figures = new LinkedHashMap<>();

	private final List<Map<String, String>> notMeasured = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Object> harness;

	Results(Options options) {
		this.harness = new LinkedHashMap<>(options.describe());
		this.harness.put("client", "Java " + Runtime.version().feature()
				+ ": a fixed pool of platform threads (one per concurrent client), each with its own kept-alive HTTP/1.1 "
				+ "connection written and read with blocking socket calls (bench/Http.java), closed loop; latencies in HdrHistogram; SMTP sink in the same "
				+ "process");
		this.harness.put("lobbySettingsChangedFromDefaults", LobbyProcess.benchmarkOverrides());
	}

	void machine(String key, Object value) {
		this.machine.put(key, value);
	}

	Measurement add(Measurement measurement) {
		this.measurements.add(measurement);
		print(System.out, List.of(measurement), false);
		return measurement;
	}

	List<Measurement> measurements() {
		return this.measurements;
	}

	void figure(String key, Object value) {
		this.figures.put(key, value);
		System.out.println("  " + key + ": " + value);
	}

	void notMeasured(String figure, String what, String note) {
		this.notMeasured.add(Map.of("figure", figure, "what", what, "note", note));
	}

	void failed(String what) {
		this.failures.add(what);
		System.out.println("FAILED: " + what);
	}

	List<String> failures() {
		return this.failures;
	}

	/** Machine facts that need no Lobby: cores, memory, load, OS, JDK. */
	void describeMachine() {
		OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
		machine("startedAt", Instant.now().toString());
		machine("cores", Runtime.getRuntime().availableProcessors());
		machine("cpu", cpuModel());
		machine("memoryMb", os.getTotalMemorySize() / (1024 * 1024));
		machine("loadAverageAtStart", Meters.loadAverage());
		machine("os", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")");
		machine("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
				+ " (the bench and Lobby run on it)");
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String osName() {
		try {
			return Files.readAllLines(Path.of("/etc/os-release"))
				.stream()
				.filter((line) -> line.startsWith("PRETTY_NAME="))
				.map((line) -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	void write(Path out) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("machine", this.machine);
		document.put("harness", this.harness);
		document.put("measurements", this.measurements);
		document.put("figures", this.figures);
		document.put("notMeasured", this.notMeasured);
		document.put("failures", this.failures);
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(out, json.writeValueAsString(document) + "\n");
	}

	/** The whole run as a table, then the single figures. */
	void printSummary(PrintStream out) {
		out.println();
		out.println("== Machine");
		this.machine.forEach((key, value) -> out.println("  " + key + ": " + value));
		out.println("== Closed-loop measurements");
		print(out, this.measurements, true);
		out.println("== Single figures");
		this.figures.forEach((key, value) -> out.println("  " + key + ": " + value));
		for (Map<String, String> missing : this.notMeasured) {
			out.println("  " + missing.get("figure") + " " + missing.get("what") + ": " + missing.get("note"));
		}
		if (!this.failures.isEmpty()) {
			out.println("== Failures");
			this.failures.forEach((failure) -> out.println("  " + failure));
		}
	}

	private static void print(PrintStream out, List<Measurement> rows, boolean header) {
		String format = "%-3s %-52s %4s %9s %8s %8s %6s %13s %5s %5s %5s %6s%n";
		if (header) {
			out.printf(format, "fig", "operation", "clts", "ops/s", "p50 ms", "p99 ms", "errors", "first/last s", "cli",
					"lobby", "pg", "RSS MB");
		}
		for (Measurement m : rows) {
			String trend = m.firstPerSecond() == null ? ""
					: String.format("%.0f/%.0f", m.firstPerSecond(), m.lastPerSecond());
			out.printf(format, m.figure(), m.name(), m.clients(), String.format("%.1f", m.perSecond()),
					String.format("%.2f", m.p50Ms()), String.format("%.2f", m.p99Ms()), m.errors(), trend,
					String.format("%.2f", m.clientCores()), String.format("%.2f", m.lobbyCores()),
					String.format("%.2f", m.postgresCores()), String.format("%.0f", m.lobbyRssMaxMb()));
		}
	}

}
