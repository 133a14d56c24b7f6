package dev.lobby.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lobby.support.TestPeople.Person;

/**
 * Browser tests: the whole application (see {@link LobbyIntegrationTestBase}) driven by
 * Debian's Chromium through Playwright, which never downloads a browser of its own. Each
 * test gets a fresh browser context (no cookies) at 1440 px; every page a test checks
 * with {@link #assertAccessible()} runs axe-core, and no page may log an error (a script
 * the Content-Security-Policy refused, a failing script).
 * <p>
 * Screenshots go to {@code target/screenshots}, or to the folder named by
 * {@code LOBBY_SCREENSHOTS} (docs/screenshots/README.md says how to refresh the committed
 * ones).
 */
@ExtendWith(Chromium.class)
public abstract class BrowserTestBase extends LobbyIntegrationTestBase {

	private static @Nullable Playwright playwright;

	private static @Nullable Browser browser;

	@Autowired
	protected TestPeople people;

	@Autowired
	protected JdbcClient jdbc;

	protected BrowserContext context;

	protected Page page;

	private final List<String> errors = new ArrayList<>();

	@BeforeAll
	static void launch() {
		Path chromium = Chromium.require();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
	}

	@AfterAll
	static void quit() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	/**
	 * Each test starts with no counted password attempts: all tests sign in from the same
	 * address, under a clock that stands still.
	 */
	@BeforeEach
	void openBrowser() {
		jdbc.sql("DELETE FROM sign_in_failures").update();
		context = newContext(1440, 900, "en-US");
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
		assertThat(errors).as("errors the pages logged in the browser console").isEmpty();
	}

	/** A fresh browser context (no cookies) with this window size and language. */
	protected BrowserContext newContext(int width, int height, String locale) {
		return newContext(width, height, locale, true);
	}

	/** The same, with JavaScript switched off when {@code javaScript} is false. */
	protected BrowserContext newContext(int width, int height, String locale, boolean javaScript) {
		return newContext(width, height, locale, javaScript, "UTC");
	}

	/**
	 * The same, in a browser whose time zone is {@code timeZone} (e.g. Europe/Berlin).
	 */
	protected BrowserContext newContext(int width, int height, String locale, boolean javaScript, String timeZone) {
		Browser running = browser;
		if (running == null) {
			throw new IllegalStateException("The browser was not launched");
		}
		BrowserContext fresh = running.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(width, height)
			.setLocale(locale)
			.setTimezoneId(timeZone)
			.setJavaScriptEnabled(javaScript));
		fresh.onPage(opened -> {
			opened.onConsoleMessage(message -> {
				// The status of an error page (403, 404, 429) is reported as a failed
				// load; that is the point of those pages, not an error of theirs.
				if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
					errors.add(opened.url() + ": " + message.text());
				}
			});
			opened.onPageError(error -> errors.add(opened.url() + ": " + error));
		});
		return fresh;
	}

	/** Fails on any accessibility violation of impact serious or critical on the page. */
	protected void assertAccessible() {
		assertAccessible(page);
	}

	protected static void assertAccessible(Page on) {
		// A dialog or menu still fading in has colours half-way: contrast is measured on
		// the page at rest. A tab's pane is made active first and shown (its fade
		// started)
		// only after the fade's duration, with no animation running in between.
		on.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')"
				+ " && document.querySelector('.tab-pane.fade.active:not(.show)') === null");
		List<Rule> violations = new AxeBuilder(on).analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(violations).as(() -> "axe-core on " + on.url() + ":\n" + describe(violations)).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(CheckedNode::getTarget)
						.map(String::valueOf)
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	/** Writes the page as it looks now to the screenshot folder, as {@code name.png}. */
	protected void screenshot(String name) {
		screenshot(page, name);
	}

	protected static void screenshot(Page on, String name) {
		String folder = System.getenv("LOBBY_SCREENSHOTS");
		Path directory = Path.of(folder == null || folder.isBlank() ? "target/screenshots" : folder);
		try {
			Files.createDirectories(directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		on.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true));
	}

	/** Signs in through the front door's form. */
	protected void signIn(Person person) {
		signIn(page, person.email(), person.password());
	}

	protected static void signIn(Page on, String email, String password) {
		on.navigate("/");
		// By id, so that it signs in whatever the page's language.
		on.locator("#email").fill(email);
		on.locator("#password").fill(password);
		on.locator("form[action$='/sign-in'] button[type=submit]").click();
	}

}
