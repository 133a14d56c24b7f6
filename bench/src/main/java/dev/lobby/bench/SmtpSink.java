package dev.lobby.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A mail server on loopback that accepts every message and only counts it, with the time
 * it arrived: the relay Lobby sends to, as fast as a relay can be, so what the outbox
 * figures show is Lobby's own speed. Speaks just enough SMTP for JavaMail (EHLO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT); one thread per connection.
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocket server;

	private final ExecutorService connections = Executors.newCachedThreadPool(Threads.daemon("smtp-sink"));

	private long[] arrivals = new long[1 << 16];

	private int count;

	private long connectionCount;

	private SmtpSink(ServerSocket server) {
		this.server = server;
	}

	static SmtpSink start() throws IOException {
		SmtpSink sink = new SmtpSink(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()));
		Thread acceptor = Threads.daemon("smtp-sink-accept").newThread(sink::acceptLoop);
		acceptor.start();
		return sink;
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** How many messages arrived so far. */
	synchronized int count() {
		return this.count;
	}

	/** How many SMTP connections were opened so far. */
	synchronized long connections() {
		return this.connectionCount;
	}

	/**
	 * How many messages arrived at or after {@code fromNanos} and before {@code toNanos}.
	 */
	synchronized int countBetween(long fromNanos, long toNanos) {
		int n = 0;
		for (int i = 0; i < this.count; i++) {
			if (this.arrivals[i] >= fromNanos && this.arrivals[i] < toNanos) {
				n++;
			}
		}
		return n;
	}

	/** When the {@code n}-th message (1-based) arrived, in {@link System#nanoTime()}. */
	synchronized long arrivalOf(int n) {
		return this.arrivals[n - 1];
	}

	private synchronized void arrived(long nanos) {
		if (this.count == this.arrivals.length) {
			this.arrivals = Arrays.copyOf(this.arrivals, this.arrivals.length * 2);
		}
		this.arrivals[this.count++] = nanos;
	}

	private synchronized void connected() {
		this.connectionCount++;
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				connected();
				this.connections.execute(() -> converse(socket));
			}
			catch (IOException ex) {
				if (!this.server.isClosed()) {
					System.err.println("smtp sink: " + ex);
				}
			}
		}
	}

	private void converse(Socket socket) {
		try (socket) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			reply(out, "220 bench-sink ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String verb = (line.length() < 4 ? line : line.substring(0, 4)).toUpperCase(Locale.ROOT);
				switch (verb) {
					case "EHLO", "HELO" -> reply(out, "250 bench-sink");
					case "DATA" -> {
						reply(out, "354 end with <CRLF>.<CRLF>");
						String body;
						while ((body = in.readLine()) != null && !body.equals(".")) {
							// the content is not kept: only its arrival counts
						}
						arrived(System.nanoTime());
						reply(out, "250 2.0.0 queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client hung up; nothing to count
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.connections.shutdownNow();
	}

}
