package dev.lobby.web;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Replaces Tomcat's HTML error report, which answers what Tomcat refuses before Spring
 * sees the request (a header over 8 kB, {@code %2F} or {@code %00} in the URL, an
 * over-long request line): under {@code /public/**} (and when the path could not even be
 * read) with a problem document, elsewhere with a small HTML page, both with the usual
 * security headers. Runs last of the customizers so that it replaces the valve Spring
 * Boot adds.
 */
@Component
class ConnectorErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
			host.getPipeline().addValve(new ProblemReportValve());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Writes the error body Tomcat would have written as HTML; public for Tomcat's
	 * reflection.
	 */
	public static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			String uri = request.getCoyoteRequest().requestURI().toString();
			try {
				SecurityHeaders.writeTo(response);
				String traceId = UUID.randomUUID().toString();
				response.setHeader(CorrelationIdFilter.HEADER, traceId);
				boolean api = uri == null || uri.isEmpty() || SecurityHeaders.isApi(uri);
				response.setContentType(api ? ProblemWriter.PROBLEM_JSON.toString() : "text/html");
				response.setCharacterEncoding("UTF-8");
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(api ? problem(status, traceId) : page(status));
					response.finishResponse();
				}
			}
			catch (Exception | LinkageError e) {
				// The connection is failing anyway; there is nobody left to tell.
			}
		}

		static String title(int status) {
			HttpStatus known = HttpStatus.resolve(status);
			return known == null ? "Error" : known.getReasonPhrase();
		}

		static String detail(int status) {
			return switch (status) {
				case 400 -> "The request is malformed (for example a header that is too large, or a character or"
						+ " encoding the URL may not contain), so it was not processed.";
				case 408 -> "The request took too long to arrive.";
				case 413, 431 -> "The request is larger than the server accepts.";
				case 414 -> "The URL is longer than the server accepts.";
				case 503 -> "The server is not accepting requests right now. Try again in a moment.";
				default -> "The request could not be processed.";
			};
		}

		static String problem(int status, String traceId) {
			String title = title(status);
			return "{\"type\":\"https://lobby.dev/problems/" + ProblemWriter.slug(title) + "\",\"title\":\"" + title
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\",\"traceId\":\"" + traceId
					+ "\"}";
		}

		static String page(int status) {
			String title = HtmlUtils.htmlEscape(status + " " + title(status));
			return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
					+ " · Lobby</title></head><body><main><h1>" + title + "</h1><p>"
					+ HtmlUtils.htmlEscape(detail(status)) + "</p></main></body></html>";
		}

	}

}
