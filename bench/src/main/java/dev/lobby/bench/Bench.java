package dev.lobby.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Lobby's benchmark (docs/performance.md): starts Lobby from its jar in the {@code prod}
 * profile on its own PostgreSQL database with an SMTP sink, loads data, measures the
 * figures of issue 10, prints a table and writes the results as JSON. Phases run one
 * after the other; a phase that fails is recorded and the next one still runs, and the
 * exit status is non-zero when anything failed.
 */
public final class Bench {

	private static final String PENDING = "SELECT COUNT(*) FROM outbound_emails WHERE status = 'Pending'";

	private static final String PASSWORD = "Bench!Passw0rd-2026";

	private final Options options;

	private final Results results;

	private final Database database;

	private final Meters meters;

	private final Load load;

	private final String token = "bench-token-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

	private final Queue<String> invitationCodes = new LinkedBlockingQueue<>(100_000);

	private final List<MemberLoader.Loaded> loaded = new ArrayList<>();

	private final Map<Integer, Measurement> invites = new LinkedHashMap<>();

	private SmtpSink sink;

	private LobbyProcess lobby;

	private LobbyApi api;

	/** Whether the server vacuums by itself; if not, the bench does between phases. */
	private boolean autovacuum = true;

	private Bench(Options options) {
		this.options = options;
		this.results = new Results(options);
		this.database = new Database(options.jdbcUrl(), options.dbUser());
		this.meters = new Meters(options.databaseName());
		this.load = new Load(this.meters);
	}

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--help")) {
			System.out.print(Options.USAGE);
			return;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		System.exit(new Bench(options).run());
	}

	private interface Phase {

		void run() throws Exception;

	}

	private int run() throws Exception {
		this.results.describeMachine();
		this.results.machine("postgresql", this.database.text("SELECT version()"));
		this.autovacuum = "on".equals(this.database.text("SHOW autovacuum"));
		this.results.machine("postgresqlAutovacuum", this.autovacuum ? "on"
				: "off: the bench vacuums and analyzes the tables Lobby writes between phases, as autovacuum would");
		this.results.machine("lobbyCommit", this.options.commit());
		this.results.machine("lobbyJar", this.options.jar().getFileName().toString());
		this.results.machine("lobbyJavaOptions",
				this.options.lobbyJavaOptions().isEmpty()
						? "none (JVM defaults: the heap may grow to a quarter of the memory)"
						: String.join(" ", this.options.lobbyJavaOptions()));
		Files.createDirectories(this.options.work());
		Path log = this.options.work().resolve("lobby.log");
		Files.deleteIfExists(log);
		this.sink = SmtpSink.start();
		this.lobby = LobbyProcess.start(this.options, this.sink.port(), this.token, log);
		// Stopped with the bench, even when the bench is interrupted.
		Runtime.getRuntime().addShutdownHook(new Thread(this.lobby.handle()::destroy));
		this.meters.watch(this.lobby);
		try {
			Duration ready = this.lobby.awaitReady(base(), this.token, Duration.ofMinutes(3));
			this.results.figure("7 start to ready, empty database (s)", seconds(ready));
			Thread.sleep(this.options.smoke() ? 1000 : 5000);
			this.results.figure("7 RSS idle after start (MB)", Measurement.round(this.lobby.rssMb()));
			this.api = new LobbyApi(base(), this.token);
			phase("3 member lists", this::memberLists);
			phase("8", "8 Settings › Users page", this::usersPage);
			phase("2", "2 plain JDBC", this::plainJdbc);
			phase("1", "1 invite", this::invites);
			phase("4", "4 accept", this::accept);
			phase("5", "5 outbox drain", this::drain);
			phase("4", "4 resend and send-new", this::resendAndSendNew);
			phase("6", "6 rate-limit check", this::rateLimit);
			this.results.figure("7 RSS under load, highest sample (MB)", Measurement.round(this.meters.loadMaxRssMb()));
			this.results.figure("7 RSS peak of the process, VmHWM (MB)", Measurement.round(this.lobby.peakRssMb()));
		}
		catch (Exception ex) {
			this.results.failed("Lobby: " + ex.getMessage());
		}
		finally {
			this.lobby.close();
		}
		if (!this.options.smoke()) {
			phase("7", "7 restart", this::restart);
		}
		this.results.machine("loadAverageAtEnd", Meters.loadAverage());
		this.results.write(this.options.out());
		this.results.printSummary(System.out);
		System.out.println("Results written to " + this.options.out() + "; Lobby's log: " + log);
		this.sink.close();
		this.meters.close();
		return this.results.failures().isEmpty() ? 0 : 1;
	}

	/** A phase of figure {@code number}, run when {@code --figures} asks for it. */
	private void phase(String number, String name, Phase phase) {
		if (this.options.measures(number)) {
			phase(name, phase);
		}
	}

	private void phase(String name, Phase phase) {
		System.out.println("== " + name);
		try {
			phase.run();
		}
		catch (Exception | LinkageError ex) {
			this.results.failed(name + ": " + ex);
			ex.printStackTrace(System.out);
		}
	}

	private String base() {
		return "http://127.0.0.1:" + this.options.port();
	}

	private Measurement measure(String figure, String name, int clients, Duration warmup, Duration duration,
			Load.Call call) throws InterruptedException {
		return check(this.results.add(this.load.run(figure, name, clients, warmup, duration, call)));
	}

	private Measurement check(Measurement m) {
		if (m.errors() > 0) {
			this.results.failed(m.figure() + " " + m.name() + " at " + m.clients() + " clients: " + m.errors()
					+ " failed calls; " + (m.extra().containsKey("errorsByReason")
							? "by reason: " + m.extra().get("errorsByReason") : "the first: " + m.firstError()));
		}
		else if (m.ops() == 0) {
			this.results.failed(m.figure() + " " + m.name() + " at " + m.clients() + " clients: no call succeeded"
					+ (m.firstError() == null ? "" : " (" + m.firstError() + ")"));
		}
		return m;
	}

	/** Figure 3: member lists of accounts loaded with COPY, then ANALYZE. */
	private void memberLists() throws Exception {
		MemberLoader loader = new MemberLoader(this.database);
		List<Map<String, Object>> loads = new ArrayList<>();
		int tag = 91;
		for (int size : this.options.sizes()) {
			LobbyApi.TestAccount account = this.api.createAccount("Members " + size);
			MemberLoader.Loaded members = loader.load(account, tag++, size);
			this.loaded.add(members);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("members", members.members());
			row.put("copySeconds", Measurement.round(members.copySeconds()));
			row.put("analyzeSeconds", Measurement.round(members.analyzeSeconds()));
			row.put("vacuumAndCheckpointSeconds", Measurement.round(members.vacuumSeconds()));
			loads.add(row);
			System.out.println("  loaded " + row);
		}
		this.results.figure("3 bulk load (COPY users, account_users, account_user_groups; ANALYZE; VACUUM, CHECKPOINT)",
				loads);
		if (!this.options.measures("3")) {
			return;
		}
		for (MemberLoader.Loaded account : this.loaded) {
			Map<String, String> queries = new LinkedHashMap<>();
			queries.put("default page", "");
			queries.put("filtered, sorted", "?eq(status,Blocked)&order=-joinedAt&limit=25");
			queries.put("offset=5000", "?offset=5000");
			for (Map.Entry<String, String> query : queries.entrySet()) {
				String path = account.account().users() + query.getValue();
				boolean first = true;
				for (int level : this.options.levels()) {
					measure("3", String.format("list %,d: %s", account.members(), query.getKey()), level,
							first ? this.options.warmup() : Duration.ZERO, this.options.duration(),
							(client) -> Load.expect(this.api.get(path), 200))
						.with("query", query.getValue());
					first = false;
				}
			}
		}
		MemberLoader.Loaded largest = largest();
		int tagOfLargest = 91 + this.loaded.indexOf(largest);
		Map<String, String> extras = new LinkedHashMap<>();
		extras.put("eq(user.email,…) one member", "?eq(user.email,m777.a" + tagOfLargest + "@bench.example)");
		extras.put("Active in Support, -joinedAt",
				"?and(eq(status,Active),eq(groups.id," + largest.account().support() + "))&order=-joinedAt&limit=25");
		extras.put("eq(status,InvitationExpired)", "?eq(status,InvitationExpired)");
		extras.put("order=user.lastName", "?order=user.lastName");
		extras.put("ilike(user.email,m12345*)", "?ilike(user.email,m12345*)");
		extras.put("limit=0 (exact count)", "?limit=0");
		for (Map.Entry<String, String> query : extras.entrySet()) {
			String path = largest.account().users() + query.getValue();
			measure("3", String.format("list %,d: %s", largest.members(), query.getKey()), 1, Duration.ZERO,
					this.options.extraDuration(), (client) -> Load.expect(this.api.get(path), 200))
				.with("query", query.getValue());
		}
	}

	/**
	 * Figure 8: the Settings › Users grid of the largest account, as a signed-in
	 * administrator's browser asks for it. Each client signs in once through the sign-in
	 * form (its own page session; one password check each, far below the throttle) and
	 * chooses the account; then the whole page and the grid alone (htmx) are measured.
	 */
	private void usersPage() throws Exception {
		MemberLoader.Loaded largest = largest();
		int clients = this.options.levels().stream().max(Integer::compare).orElse(1);
		Http http = new Http(base());
		List<PageSession> browsers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			browsers.add(PageSession.signIn(http, LobbyProcess.ADMIN_EMAIL, LobbyProcess.ADMIN_PASSWORD,
					largest.account().id()));
		}
		// A member whose address holds the search term (m777, m7770…, m77700…).
		Pattern member = Pattern.compile("m777\\d*\\.a" + (91 + this.loaded.indexOf(largest)) + "@bench\\.example");
		Http.Answer filtered = browsers.get(0).get(UsersGrid.FILTERED, Map.of());
		if (filtered.statusCode() != 200 || !member.matcher(filtered.body()).find()) {
			throw new IllegalStateException(
					"the filtered grid answered " + filtered.statusCode() + " without a member like " + member);
		}
		Map<String, String> htmx = Map.of("HX-Request", "true");
		for (UsersGrid view : UsersGrid.values()) {
			// What the page weighs: most of the rendering work is writing it.
			int bytes = browsers.get(0)
				.get(view.path, view.htmx ? htmx : Map.of())
				.body()
				.getBytes(StandardCharsets.UTF_8).length;
			boolean first = true;
			for (int level : this.options.levels()) {
				measure("8", String.format("users page %,d: %s", largest.members(), view.label), level,
						first ? this.options.warmup() : Duration.ZERO, this.options.duration(),
						(client) -> Load.expect(browsers.get(client).get(view.path, view.htmx ? htmx : Map.of()), 200))
					.with("path", view.path)
					.with("htmx", view.htmx)
					.with("htmlBytes", bytes);
				first = false;
			}
		}
	}

	/** The views of the Settings › Users grid that figure 8 measures. */
	private enum UsersGrid {

		DEFAULT("default view", "/settings/users", false),

		ACTIVE_NEWEST("Active, newest joined first", "/settings/users?status=Active&sort=joined&dir=desc", false),

		FILTERED_PAGE("Active, search m777, by name", UsersGrid.FILTERED, false),

		FILTERED_GRID("the same, grid alone (htmx)", UsersGrid.FILTERED, true);

		static final String FILTERED = "/settings/users?q=m777&status=Active&sort=user";

		final String label;

		final String path;

		final boolean htmx;

		UsersGrid(String label, String path, boolean htmx) {
			this.label = label;
			this.path = path;
			this.htmx = htmx;
		}

	}

	private MemberLoader.Loaded largest() {
		return this.loaded.stream()
			.max(Comparator.comparingInt(MemberLoader.Loaded::members))
			.orElseThrow(() -> new IllegalStateException("no member list was loaded"));
	}

	/** Figure 2: the invite's writes by plain JDBC, in two shapes. */
	private void plainJdbc() throws Exception {
		PlainJdbcInvites.Token bootstrap = new PlainJdbcInvites.Token(
				this.database.text("SELECT id FROM api_tokens ORDER BY created_at LIMIT 1"),
				this.database.text("SELECT secret_hash FROM api_tokens ORDER BY created_at LIMIT 1"));
		PlainJdbcInvites inserts = new PlainJdbcInvites(81, bootstrap);
		PlainJdbcInvites request = new PlainJdbcInvites(82, bootstrap);
		jdbcShape("plain JDBC: the 5 inserts, 1 tx", inserts::inserts, "inserts");
		jdbcShape("plain JDBC: all 11 statements of the request", request::request, "request");
		discardPending();
	}

	private interface JdbcInvite {

		void invite(Connection connection, LobbyApi.TestAccount account) throws SQLException;

	}

	private void jdbcShape(String name, JdbcInvite invite, String shape) throws Exception {
		boolean first = true;
		for (int level : this.options.levels()) {
			LobbyApi.TestAccount account = this.api.createAccount("JDBC " + shape + " " + level);
			List<Connection> connections = new ArrayList<>();
			for (int c = 0; c < level; c++) {
				Connection connection = this.database.connect();
				connection.setAutoCommit(false);
				connections.add(connection);
			}
			try {
				measure("2", name, level, first ? this.options.warmup() : Duration.ZERO, this.options.duration(),
						(client) -> {
							Connection connection = connections.get(client);
							try {
								invite.invite(connection, account);
								return true;
							}
							catch (SQLException ex) {
								if (connection.getAutoCommit()) {
									connection.setAutoCommit(false);
								}
								connection.rollback();
								connection.setReadOnly(false);
								throw ex;
							}
						})
					.with("shape", shape);
			}
			finally {
				for (Connection connection : connections) {
					connection.close();
				}
			}
			first = false;
		}
	}

	/**
	 * Figure 1 (and 5 while invites run): invites through the REST API, each level in a
	 * fresh account with an empty outbox, sustained so that growth with volume shows.
	 */
	private void invites() throws Exception {
		AtomicLong sequence = new AtomicLong();
		boolean first = true;
		for (int level : this.options.levels()) {
			discardPending();
			LobbyApi.TestAccount account = this.api.createAccount("Invites " + level);
			long[] window = new long[2];
			Measurement m = check(this.results.add(this.load.run("1", "invite (REST)", level,
					first ? this.options.warmup() : Duration.ZERO, this.options.inviteDuration(), (client) -> {
						String email = "i" + sequence.incrementAndGet() + ".c" + level + "@bench.example";
						Http.Answer answer = this.api.post(account.users(),
								LobbyApi.inviteBody(email, account.administrators()));
						Load.expect(answer, 201);
						String code = LobbyApi.invitationCode(answer.body());
						if (code != null) {
							// kept for figure 4's accepts, up to the queue's 100,000
							// (a concurrent linked queue's size() walks it all)
							this.invitationCodes.offer(code);
						}
						return true;
					}, () -> window[0] = System.nanoTime(), () -> window[1] = System.nanoTime())));
			double seconds = (window[1] - window[0]) / 1e9;
			double delivered = this.sink.countBetween(window[0], window[1]) / seconds;
			long pending = this.database.count(PENDING);
			m.with("lastWindowWithin10PercentOfFirst", m.flat())
				.with("emailsDeliveredPerSecond", Measurement.round(delivered))
				.with("pendingEmailsAtEnd", pending);
			this.invites.put(level, m);
			Map<String, Object> outbox = new LinkedHashMap<>();
			outbox.put("queuedPerSecond", m.perSecond());
			outbox.put("deliveredPerSecond", Measurement.round(delivered));
			outbox.put("pendingAtEnd", pending);
			this.results.figure("5 outbox while " + level + " clients invite", outbox);
			first = false;
		}
		ratios();
	}

	/** Figure 1 ÷ 2 at each level. */
	private void ratios() {
		for (int level : this.options.levels()) {
			Measurement rest = this.invites.get(level);
			Map<String, Object> ratio = new LinkedHashMap<>();
			for (Measurement m : this.results.measurements()) {
				if (m.figure().equals("2") && m.clients() == level && rest != null && m.perSecond() > 0) {
					ratio.put("invite ÷ " + m.extra().get("shape"),
							Measurement.round(rest.perSecond() / m.perSecond()));
				}
			}
			if (!ratio.isEmpty()) {
				this.results.figure("1÷2 invite through REST ÷ plain JDBC at " + level + " clients", ratio);
			}
		}
	}

	/**
	 * Figure 4: accept as a new user (names and password), and the password hash alone.
	 */
	private void accept() throws Exception {
		Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		encoder.encode(PASSWORD);
		Histogram hashes = new Histogram(60_000_000L, 3);
		for (int i = 0; i < this.options.hashSamples(); i++) {
			long started = System.nanoTime();
			encoder.encode(PASSWORD);
			hashes.recordValue((System.nanoTime() - started) / 1000);
		}
		Map<String, Object> hash = new LinkedHashMap<>();
		hash.put("samples", hashes.getTotalCount());
		hash.put("p50Ms", Measurement.round(hashes.getValueAtPercentile(50) / 1000.0));
		hash.put("p99Ms", Measurement.round(hashes.getValueAtPercentile(99) / 1000.0));
		this.results.figure("4 password hash alone (Argon2id with Lobby's parameters, 1 thread)", hash);
		String body = "{\"firstName\":\"Bench\",\"lastName\":\"Member\",\"password\":\"" + PASSWORD + "\"}";
		boolean first = true;
		for (int level : this.options.levels()) {
			measure("4", "accept (registers a new user)", level, first ? this.options.warmup() : Duration.ZERO,
					this.options.duration(), (client) -> {
						String code = this.invitationCodes.poll();
						if (code == null) {
							throw new Load.Exhausted("no invitation left to accept");
						}
						return Load.expect(this.api.postAnonymous("/public/v1/invitations/" + code + "/accept", body),
								200);
					});
			first = false;
		}
	}

	/** Figure 5: how fast the outbox empties a queue of pending emails into the sink. */
	private void drain() throws Exception {
		discardPending();
		MemberLoader.Loaded account = this.loaded.get(0);
		String member = account.pending().get(0);
		String model = "{\"inviteeFirstName\":\"Bench\",\"accountName\":\"Members\",\"expiresAt\":\""
				+ OffsetDateTime.now(ZoneOffset.UTC).plusDays(6).toInstant()
				+ "\",\"invitedByPerson\":false,\"inviteeEmail\":\"drain@bench.example\",\"invitationLink\":"
				+ "{\"accountUserId\":\"" + member + "\",\"generation\":1},\"inviterName\":\"Bench\"}";
		int before = this.sink.count();
		long connectionsBefore = this.sink.connections();
		// Queued two hours ago (outside every rate-limit window), due now.
		this.database.update("""
				INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
				    status, attempts, next_attempt_at, created_at)
				SELECT ?, ?, 'invitation', 'invite', 'drain' || i || '@bench.example', 'en', ?, 'Pending', 0,
				    now() - INTERVAL '1 second', now() - INTERVAL '2 hours'
				FROM generate_series(1, ?) i""", account.account().id(), member, model, this.options.drainEmails());
		Meters.Cpu cpuBefore = this.meters.cpu();
		long started = System.nanoTime();
		long deadline = started + this.options.drainMax().toNanos();
		int wanted = this.options.drainEmails();
		while (this.sink.count() - before < wanted && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		double[] cores = this.meters.cpu().coresSince(cpuBefore);
		int delivered = Math.min(wanted, this.sink.count() - before);
		long ended = delivered == wanted ? this.sink.arrivalOf(before + wanted) : System.nanoTime();
		double seconds = (ended - started) / 1e9;
		double rate = delivered / seconds;
		long connections = this.sink.connections() - connectionsBefore;
		Map<String, Object> drain = new LinkedHashMap<>();
		drain.put("queued", wanted);
		drain.put("delivered", delivered);
		drain.put("seconds", Measurement.round(seconds));
		drain.put("emailsPerSecond", Measurement.round(rate));
		drain.put("drained", delivered == wanted);
		drain.put("projectedSecondsToDrain", rate > 0 ? Measurement.round(wanted / rate) : null);
		drain.put("emailsPerSmtpConnection",
				connections > 0 ? Measurement.round(delivered / (double) connections) : null);
		// The cores each side kept busy while it drained (the client's is the
		// sink's), and Lobby's CPU per email: what its sender threads cost.
		drain.put("cores", Map.of("client", Measurement.round(cores[0]), "lobby", Measurement.round(cores[1]),
				"postgresql", Measurement.round(cores[2])));
		drain.put("lobbyCpuMsPerEmail", rate > 0 ? Measurement.round(cores[1] / rate * 1000) : null);
		this.results.figure("5 outbox drain of pending emails to the sink", drain);
		if (delivered == 0) {
			this.results.failed("5 outbox drain: no email reached the sink");
		}
		discardPending();
	}

	/** Figure 4: resend and send-new on the largest account. */
	private void resendAndSendNew() throws Exception {
		MemberLoader.Loaded largest = largest();
		String users = largest.account().users() + "/";
		for (String action : List.of("resend-invite", "send-new-invite")) {
			List<String> pool = action.equals("resend-invite") ? largest.pending() : largest.expired();
			AtomicInteger cursor = new AtomicInteger();
			boolean first = true;
			for (int level : this.options.levels()) {
				measure("4", String.format("%s on %,d members", action, largest.members()), level,
						first ? this.options.warmup() : Duration.ZERO, this.options.duration(), (client) -> {
							int next = cursor.getAndIncrement();
							if (next >= pool.size()) {
								throw new Load.Exhausted("no member left for " + action);
							}
							return Load.expect(this.api.post(users + pool.get(next) + "/" + action, ""), 200);
						});
				first = false;
			}
		}
		discardPending();
	}

	/**
	 * Figure 6: the hourly account limit's check in an account that sent one email in the
	 * window and in one that sent many: its query alone, and a whole invite.
	 */
	private void rateLimit() throws Exception {
		LobbyApi.TestAccount one = this.api.createAccount("Window one");
		LobbyApi.TestAccount full = this.api.createAccount("Window full");
		// Sent over the last 50 minutes, so they stay in the hour's window while
		// measured.
		this.database.update("""
				INSERT INTO outbound_emails (account_id, account_user_id, template, reason, recipient, locale, model,
				    status, attempts, next_attempt_at, created_at, sent_at)
				SELECT ?, NULL, 'invitation', 'invite', 'window' || i || '@bench.example', 'en', '{}', 'Sent', 1,
				    now() - (i % 3000) * INTERVAL '1 second', now() - (i % 3000) * INTERVAL '1 second',
				    now() - (i % 3000) * INTERVAL '1 second'
				FROM generate_series(1, ?) i""", full.id(), this.options.windowEmails() - 1);
		// ... and counted as Lobby counts them (V9: per-minute rows of the account's
		// key),
		// so its limit check sees them.
		String key = PlainJdbcInvites.INVITATION_EMAILS + full.id();
		this.database.update("INSERT INTO rate_limit_keys (limit_key) VALUES (?) ON CONFLICT DO NOTHING", key);
		this.database.update("""
				INSERT INTO rate_limit_minutes (limit_key, minute_start, events)
				SELECT ?, date_trunc('minute', now()) - m * INTERVAL '1 minute', ? FROM generate_series(1, 50) m""",
				key, (this.options.windowEmails() - 1) / 50);
		this.database.update("ANALYZE outbound_emails");
		for (LobbyApi.TestAccount account : List.of(one, full)) {
			long inWindow = this.database.count(
					"SELECT COALESCE(SUM(events), 0) FROM rate_limit_minutes "
							+ "WHERE limit_key = ? AND minute_start >= now() - INTERVAL '1 hour'",
					PlainJdbcInvites.INVITATION_EMAILS + account.id());
			String label = String.format("%,d in window", inWindow);
			try (Connection connection = this.database.connect()) {
				connection.setAutoCommit(false);
				measure("6", "rate-limit check alone (JDBC: lock and MERGE, rolled back), " + label, 1,
						this.options.warmup(), this.options.duration(), (client) -> {
							PlainJdbcInvites.rateLimit(connection, PlainJdbcInvites.INVITATION_EMAILS + account.id(),
									OffsetDateTime.now(ZoneOffset.UTC));
							connection.rollback();
							return true;
						})
					.with("emailsInWindowAtStart", inWindow);
			}
			AtomicLong sequence = new AtomicLong();
			measure("6", "invite (REST), " + label, 1, Duration.ZERO, this.options.duration(),
					(client) -> Load.expect(
							this.api
								.post(account.users(),
										LobbyApi.inviteBody("w" + sequence.incrementAndGet() + "." + account.id()
												+ "@bench.example", account.administrators())),
							201))
				.with("emailsInWindowAtStart", inWindow);
		}
		discardPending();
	}

	/** Figure 7: start to ready again, on the database the run filled. */
	private void restart() throws Exception {
		LobbyProcess again = LobbyProcess.start(this.options, this.sink.port(), this.token,
				this.options.work().resolve("lobby.log"));
		Runtime.getRuntime().addShutdownHook(new Thread(again.handle()::destroy));
		try {
			Duration ready = again.awaitReady(base(), this.token, Duration.ofMinutes(3));
			this.results.figure("7 start to ready, restart on the loaded database (s)", seconds(ready));
		}
		finally {
			again.close();
		}
	}

	/**
	 * Removes the emails still waiting, so the next phase starts with an empty outbox
	 * (the sink would only count them).
	 */
	private void discardPending() throws SQLException {
		int discarded = this.database.update("DELETE FROM outbound_emails WHERE status = 'Pending'");
		if (discarded > 0) {
			System.out.println("  discarded " + discarded + " pending emails");
		}
		if (!this.autovacuum) {
			// A server without autovacuum (this machine kind's CI configuration) would
			// otherwise carry every phase's dead rows into the next: in a whole run
			// 206,000 dead outbox rows and 136,000 of member count changes, and the
			// drain's PostgreSQL CPU per email tripled. Production runs autovacuum.
			long started = System.nanoTime();
			this.database.update("VACUUM (ANALYZE) outbound_emails, member_count_changes, member_status_counts, "
					+ "rate_limit_minutes, rate_limit_keys, account_users, audit_records");
			System.out.printf("  vacuumed the written tables (autovacuum is off): %.1f s%n",
					(System.nanoTime() - started) / 1e9);
		}
	}

	private static double seconds(Duration duration) {
		return Measurement.round(duration.toMillis() / 1000.0);
	}

}
