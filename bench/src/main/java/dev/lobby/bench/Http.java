package dev.lobby.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load client's HTTP/1.1: one kept-alive connection per client thread, written and
 * read with blocking socket calls, nothing between a call and its bytes. The JDK's
 * {@code java.net.http.HttpClient} (what the bench used until 2026-12-08) took 0.2–0.45
 * of this two-core machine's cores at 8 clients, about 0.35 ms per call, which Lobby and
 * PostgreSQL then did not have; this takes a tenth of that. It speaks only what Lobby
 * answers: {@code Content-Length} or chunked bodies, {@code Connection: close}. A call on
 * a kept-alive connection that the server closed while it sat idle (nothing of an answer
 * read yet) is sent once more on a new one, as browsers and the JDK's client do.
 */
final class Http {

	/** One answer: what the bench reads of it. */
	record Answer(String request, int statusCode, List<String> setCookies, String body) {
	}

	private static final int TIMEOUT_MILLIS = 60_000;

	private final InetSocketAddress address;

	private final String hostHeader;

	private final ThreadLocal<Connection> connections = new ThreadLocal<>();

	Http(String base) {
		URI uri = URI.create(base);
		if (!"http".equals(uri.getScheme())) {
			throw new IllegalArgumentException("the load client speaks plain HTTP only: " + base);
		}
		this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
		this.hostHeader = uri.getHost() + ":" + uri.getPort();
	}

	Answer get(String path, Map<String, String> headers) throws IOException {
		return send("GET", path, headers, null);
	}

	Answer post(String path, Map<String, String> headers, String body) throws IOException {
		return send("POST", path, headers, body);
	}

	private Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(path)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.hostHeader)
			.append("\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
		if (content != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
		String what = method + " " + path;
		Connection connection = this.connections.get();
		if (connection != null) {
			try {
				return connection.exchange(what, request, content);
			}
			catch (Stale stale) {
				// closed by the server while it sat idle: not an answer, send it anew
			}
			catch (IOException e) {
				connection.close();
				this.connections.remove();
				throw e;
			}
		}
		Connection fresh = new Connection(this.address);
		this.connections.set(fresh);
		try {
			return fresh.exchange(what, request, content);
		}
		catch (IOException e) {
			fresh.close();
			this.connections.remove();
			throw e;
		}
	}

	/** The server had closed a kept-alive connection before it read the call. */
	private static final class Stale extends IOException {

		Stale() {
			super("the kept-alive connection was closed by the server");
		}

	}

	private final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(InetSocketAddress address) throws IOException {
			this.socket = new Socket();
			this.socket.setTcpNoDelay(true);
			this.socket.setSoTimeout(TIMEOUT_MILLIS);
			this.socket.connect(address, 5_000);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
			this.out = this.socket.getOutputStream();
		}

		Answer exchange(String what, byte[] head, byte[] content) throws IOException {
			if (this.socket.isClosed()) {
				throw new Stale();
			}
			try {
				this.out.write(head);
				if (content != null) {
					this.out.write(content);
				}
				this.out.flush();
			}
			catch (IOException e) {
				close();
				throw new Stale();
			}
			int first = this.in.read();
			if (first < 0) {
				close();
				throw new Stale();
			}
			String statusLine = (char) first + line();
			// HTTP/1.1 200 OK
			if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
				throw new IOException(what + ": not an HTTP answer: " + statusLine);
			}
			int status = Integer.parseInt(statusLine, 9, 12, 10);
			long length = -1;
			boolean chunked = false;
			boolean closeAfter = false;
			List<String> cookies = List.of();
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				if (colon <= 0) {
					continue;
				}
				String name = header.substring(0, colon);
				String value = header.substring(colon + 1).trim();
				if (name.equalsIgnoreCase("Content-Length")) {
					length = Long.parseLong(value);
				}
				else if (name.equalsIgnoreCase("Transfer-Encoding")) {
					chunked = value.toLowerCase().contains("chunked");
				}
				else if (name.equalsIgnoreCase("Connection")) {
					closeAfter = value.equalsIgnoreCase("close");
				}
				else if (name.equalsIgnoreCase("Set-Cookie")) {
					if (cookies.isEmpty()) {
						cookies = new ArrayList<>(2);
					}
					cookies.add(value);
				}
			}
			String body;
			if (chunked) {
				body = chunkedBody();
			}
			else if (length >= 0) {
				body = new String(this.in.readNBytes(Math.toIntExact(length)), StandardCharsets.UTF_8);
			}
			else {
				// neither: the body runs to the end of the connection
				body = new String(this.in.readAllBytes(), StandardCharsets.UTF_8);
				closeAfter = true;
			}
			if (closeAfter) {
				close();
			}
			return new Answer(what, status, cookies, body);
		}

		private String chunkedBody() throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream(8 * 1024);
			while (true) {
				String size = line();
				int extension = size.indexOf(';');
				int chunk = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
				if (chunk == 0) {
					// trailers, up to the empty line
					while (!line().isEmpty()) {
					}
					return body.toString(StandardCharsets.UTF_8);
				}
				byte[] bytes = this.in.readNBytes(chunk);
				if (bytes.length < chunk) {
					throw new EOFException("the answer ended inside a chunk");
				}
				body.write(bytes);
				line();
			}
		}

		/** One header line without its CRLF (ISO-8859-1, as HTTP's headers are). */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			while (true) {
				int b = this.in.read();
				if (b < 0) {
					throw new EOFException("the answer ended inside its head");
				}
				if (b == '\n') {
					int end = line.length();
					if (end > 0 && line.charAt(end - 1) == '\r') {
						line.setLength(end - 1);
					}
					return line.toString();
				}
				line.append((char) b);
			}
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ignored) {
				// nothing more to read from it
			}
		}

	}

}
