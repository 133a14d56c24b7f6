package dev.lobby.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * One closed-loop run of one operation at one level of concurrency: throughput,
 * latencies, errors, and the CPU each process used meanwhile (in cores, out of the
 * machine's), so one can see which of them was the bottleneck.
 */
record Measurement(String figure, String name, int clients, double seconds, long ops, long errors, double perSecond,
		double p50Ms, double p90Ms, double p99Ms, double maxMs, Double trendWindowSeconds, Double firstPerSecond,
		Double lastPerSecond, double clientCores, double lobbyCores, double postgresCores, double lobbyRssMaxMb,
		String firstError, boolean supplyRanOut, Map<String, Object> extra) {

	static Measurement of(String figure, String name, int clients, double seconds, Histogram histogram, long errors,
			double[] trend, double[] cores, double rssMaxMb, String firstError, boolean supplyRanOut) {
		long ops = histogram.getTotalCount();
		return new Measurement(figure, name, clients, round(seconds), ops, errors, round(ops / seconds),
				millis(histogram, 50), millis(histogram, 90), millis(histogram, 99),
				ops == 0 ? 0 : round(histogram.getMaxValue() / 1000.0), trend == null ? null : trend[0],
				trend == null ? null : round(trend[1]), trend == null ? null : round(trend[2]), round(cores[0]),
				round(cores[1]), round(cores[2]), round(rssMaxMb), firstError, supplyRanOut, new LinkedHashMap<>());
	}

	private static double millis(Histogram histogram, double percentile) {
		return histogram.getTotalCount() == 0 ? 0 : round(histogram.getValueAtPercentile(percentile) / 1000.0);
	}

	static double round(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value;
		}
		double scale = Math.abs(value) >= 100 ? 10 : 100;
		return Math.round(value * scale) / scale;
	}

	Measurement with(String key, Object value) {
		this.extra.put(key, value);
		return this;
	}

	/**
	 * Whether the last window's rate is within 10 % of the first's (the flatness target).
	 */
	Boolean flat() {
		if (this.firstPerSecond == null || this.firstPerSecond == 0) {
			return null;
		}
		return this.lastPerSecond >= 0.9 * this.firstPerSecond;
	}

}
