package dev.lobby.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, for requests that well-behaved clients refuse to send (an
 * encoded slash or NUL, {@code ..}, a request line or header beyond the server's limits).
 */
public final class RawHttp {

	private RawHttp() {
	}

	public record Response(int status, Map<String, String> headers, String body) {

		public @Nullable String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * Sends {@code method target} with these extra header lines and reads the whole
	 * answer.
	 */
	public static Response send(int port, String method, String target, String... headerLines) {
		StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nAccept: */*\r\nConnection: close\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketException reset) {
			// the server may close hard right after answering a request it refused
		}
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String head = new String(raw, StandardCharsets.ISO_8859_1);
		int end = head.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("No complete HTTP answer: " + head);
		}
		String[] lines = head.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).strip());
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
				new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		String text = new String(chunked, StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = text.indexOf("\r\n", at);
			int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
	}

}
