package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import dev.lobby.support.Api;
import dev.lobby.support.LobbyIntegrationTestBase;
import dev.lobby.support.TestAccounts.TestAccount;

/**
 * Invitation codes are credentials: requests for every path a link can be bent into (a
 * trailing slash, more segments, wrong methods, wrong codes) leave no code in the log,
 * even with Spring's, Spring Security's and Tomcat's debug logging on; a path with more
 * after the code is a plain 404.
 */
@ExtendWith(OutputCaptureExtension.class)
// An application context of its own, started after whatever other applications this JVM
// ran before
// (the prod profile's test starts and stops one, leaving its logging configuration
// behind): the
// logging under test is then this application's, as in production, where one application
// owns it.
@TestPropertySource(properties = "lobby.test.context=own-logging")
class InvitationCodesInLogsIntegrationTests extends LobbyIntegrationTestBase {

	private static final List<String> CHATTY = List.of("org.springframework.web", "org.springframework.security",
			"org.apache.catalina", "org.apache.coyote", "org.apache.tomcat", "dev.lobby");

	/**
	 * A form body whose parameter name holds a line break and the code: Spring Security's
	 * firewall refuses it.
	 */
	int formWithCodeInParameterName(String code) throws Exception {
		var request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/public/v1/invitations/" + code + "/accept"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("x%0A" + code + "=1"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void noRequestForAnInvitationLinkWritesItsCodeToTheLog(CapturedOutput output) throws Exception {
		TestAccount acme = accounts.client("Acme");
		List<String> codes = new ArrayList<>();
		for (String name : List.of("sam", "kim", "lea")) {
			Api.Response invited = api(acme).post(acme.users(),
					invite(uniqueEmail(name), "Sam", "Smith", acme.administrators().id()));
			assertThat(invited.status()).isEqualTo(201);
			codes.add(codeOf(invited.at("/invitation/url")));
		}
		String sam = codes.get(0);
		String kim = codes.get(1);
		String lea = codes.get(2);
		String forged = sam.substring(0, sam.length() - 1) + (sam.endsWith("A") ? "B" : "A");
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		CHATTY.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
		try {
			for (String code : List.of(sam, forged)) {
				Api.Response slash = anonymous().get("/invitations/" + code + "/");
				assertThat(slash.status()).isEqualTo(404);
				assertThat(slash.header("Content-Type")).startsWith("text/html");
				assertThat(slash.text()).contains("not valid").doesNotContain(code);
				assertThat(anonymous().get("/invitations/" + code + "/x").status()).isEqualTo(404);
				assertThat(anonymous().get("/invitations/" + code + "/accept/").status()).isEqualTo(404);
				assertThat(anonymous().post("/public/v1/invitations/" + code + "/accept/", Map.of()).status())
					.isEqualTo(404);
				assertThat(anonymous().post("/public/v1/invitations/" + code + "/decline/", null).status())
					.isEqualTo(404);
				assertThat(anonymous().post("/public/v1/invitations/" + code + "/x", null).status()).isEqualTo(404);
				assertThat(anonymous().get("/public/v1/invitations/" + code).status()).isEqualTo(404);
				assertThat(anonymous().get("/public/v1/invitations/" + code + "/accept").status()).isEqualTo(405);
				assertThat(anonymous().send("PUT", "/invitations/" + code, null).status()).isIn(403, 404, 405);
				anonymous().get("/invitations/" + code + "?lang=en");
				anonymous().get("/invitations/" + code + ";x=1");
				anonymous().get("/invitations/" + code + "%2F");
				anonymous().get("/invitations//" + code);
				anonymous().get("/public/v1/invitations/" + code + "/../" + code + "/accept");
				anonymous().post("/public/v1/invitations/" + code + "/accept", "{\"password\":");
				assertThat(formWithCodeInParameterName(code)).as("a firewall refusal inside MVC is bad input")
					.isEqualTo(400);
			}
			assertThat(anonymous().get("/invitations/" + forged).status()).isEqualTo(404);
			assertThat(anonymous().post("/public/v1/invitations/" + forged + "/accept", Map.of()).status())
				.isEqualTo(404);
			assertThat(anonymous().get("/invitations/" + sam).status()).isEqualTo(200);
			assertThat(anonymous().post("/public/v1/invitations/" + sam + "/accept", Map.of("password", "x")).status())
				.as("a shared link does not take a password")
				.isEqualTo(403);
			assertThat(anonymous().post("/public/v1/invitations/" + kim + "/decline", null).status()).isEqualTo(204);
			assertThat(anonymous()
				.post("/public/v1/invitations/" + lea + "/accept",
						Map.of("firstName", "Lea", "lastName", "Smith", "password", "Str0ng!Pass"))
				.status()).isEqualTo(200);
			assertThat(anonymous().get("/invitations/" + kim).status()).isEqualTo(410);
			assertThat(anonymous().post("/public/v1/invitations/" + kim + "/accept", Map.of()).status()).isEqualTo(409);
		}
		finally {
			CHATTY.forEach(logger -> logging.setLogLevel(logger, null));
		}

		assertThat(output.getAll()).as("the requests were logged").contains("/invitations/[redacted]");
		for (String code : List.of(sam, kim, lea, forged)) {
			String mac = code.substring(code.lastIndexOf('.') + 1);
			assertThat(output.getAll()).doesNotContain(code).doesNotContain(mac);
		}
	}

}
