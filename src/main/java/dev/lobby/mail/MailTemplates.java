package dev.lobby.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the emails from Thymeleaf templates under {@code templates/mail/} and texts
 * from the {@code mail/messages} bundle, in the email's locale. The engine is private to
 * mail: it must not replace or be configured like the engine of the pages.
 */
public class MailTemplates {

	static final String INVITATION = "invitation";
	static final String REMOVAL = "removal";
	static final String DECLINED = "declined";
	static final String PASSWORD_RESET = "password-reset";
	static final String LOGIN_REGISTERED = "login-registered";

	private static final Map<String, List<String>> REQUIRED_KEYS = Map.of(INVITATION,
			List.of("accountName", "inviterName", "inviteeFirstName", "inviteeEmail", "expiresAt", "invitationLink"),
			REMOVAL, List.of("accountName", "firstName", "removedByName"), DECLINED,
			List.of("accountName", "recipientFirstName", "inviteeName", "inviteeEmail"), PASSWORD_RESET,
			List.of("resetId", "validMinutes"), LOGIN_REGISTERED, List.of("accountName", "resetUrl"));

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final InvitationLinkSigner signer;

	private final PasswordResetLinkSigner resetSigner;

	public MailTemplates(MessageSource messages, InvitationLinkSigner signer, PasswordResetLinkSigner resetSigner) {
		this.messages = messages;
		this.signer = signer;
		this.resetSigner = resetSigner;
		this.engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	/**
	 * @throws IllegalArgumentException for an unknown template or a model lacking one of
	 * its keys
	 */
	void checkModel(String template, Map<String, Object> model) {
		List<String> keys = REQUIRED_KEYS.get(template);
		if (keys == null) {
			throw new IllegalArgumentException("Unknown email template '" + template + "'");
		}
		for (String key : keys) {
			required(template, model, key);
		}
	}

	private static Object required(String template, Map<String, Object> model, String key) {
		Object value = model.get(key);
		if (value == null) {
			throw new IllegalArgumentException("The model of the '" + template + "' email lacks '" + key + "'");
		}
		return value;
	}

	public RenderedEmail render(String template, Locale locale, Map<String, Object> model) {
		checkModel(template, model);
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("lang", locale.toLanguageTag());
		String subject = switch (template) {
			case INVITATION -> {
				variables.put("link", link(required(template, model, "invitationLink")));
				variables.put("expiresAt",
						humanDateTime(String.valueOf(required(template, model, "expiresAt")), locale));
				// An invitation sent by an API token names no person, so its subject
				// names only the account.
				String key = Boolean.FALSE.equals(model.get("invitedByPerson")) ? "mail.invitation.subject.account"
						: "mail.invitation.subject";
				yield message(key, locale, required(template, model, "inviterName"),
						required(template, model, "accountName"));
			}
			case REMOVAL -> message("mail.removal.subject", locale, required(template, model, "accountName"));
			case DECLINED -> message("mail.declined.subject", locale, required(template, model, "inviteeName"),
					required(template, model, "accountName"));
			case LOGIN_REGISTERED -> message("mail.login-registered.subject", locale);
			case PASSWORD_RESET -> {
				variables.put("link", resetSigner.url(String.valueOf(required(template, model, "resetId"))));
				yield message("mail.password-reset.subject", locale);
			}
			default -> throw new IllegalArgumentException("Unknown email template '" + template + "'");
		};
		variables.put("subject", subject);
		Context context = new Context(locale, variables);
		return new RenderedEmail(subject, engine.process(template + ".txt", context),
				engine.process(template + ".html", context));
	}

	private String link(Object invitationLink) {
		if (!(invitationLink instanceof Map<?, ?> link) || !(link.get("accountUserId") instanceof String accountUserId)
				|| !(link.get("generation") instanceof Number generation)) {
			throw new IllegalArgumentException("invitationLink must be {\"accountUserId\": \"…\", \"generation\": n}");
		}
		return signer.url(accountUserId, generation.intValue());
	}

	private String humanDateTime(String isoInstant, Locale locale) {
		// The pattern is in the bundle so that each language writes dates its own way.
		String pattern = messages.getMessage("mail.datetime.pattern", null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC).format(Instant.parse(isoInstant));
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
