package dev.lobby.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the emails from Thymeleaf templates under {@code templates/mail/} and texts
 * from the {@code mail/messages} bundle, in the email's locale. The engine is private to
 * mail: it must not replace or be configured like the engine of the pages.
 */
public class MailTemplates {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
	};

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
		// As for the pages (application.yml): expressions compiled once they ran.
		engine.setEnableSpringELCompiler(true);
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
	 * The email in the locale's language: the model's values are the templates'
	 * variables, and the links are signed now.
	 */
	public RenderedEmail render(EmailModel model, Locale locale) {
		Map<String, Object> variables = new HashMap<>(JSON.convertValue(model, VARIABLES));
		variables.put("lang", locale.toLanguageTag());
		String subject;
		if (model instanceof InvitationEmail invitation) {
			InvitationEmail.Link link = invitation.invitationLink();
			variables.put("link", signer.url(link.accountUserId(), link.generation()));
			variables.put("expiresAt", humanDateTime(invitation.expiresAt(), locale));
			// An invitation sent by an API token names no person, so its subject names
			// only the account.
			subject = invitation.invitedByPerson()
					? message("mail.invitation.subject", locale, invitation.inviterName(), invitation.accountName())
					: message("mail.invitation.subject.account", locale, invitation.inviterName(),
							invitation.accountName());
		}
		else if (model instanceof RemovalEmail removal) {
			subject = message("mail.removal.subject", locale, removal.accountName());
		}
		else if (model instanceof DeclinedEmail declined) {
			subject = message("mail.declined.subject", locale, declined.inviteeName(), declined.accountName());
		}
		else if (model instanceof LoginRegisteredEmail) {
			subject = message("mail.login-registered.subject", locale);
		}
		else if (model instanceof PasswordChangedEmail) {
			subject = message("mail.password-changed.subject", locale);
		}
		else if (model instanceof PasswordResetEmail reset) {
			variables.put("link", resetSigner.url(reset.resetId()));
			subject = message("mail.password-reset.subject", locale);
		}
		else {
			throw new IllegalArgumentException("No template renders " + model.getClass().getSimpleName());
		}
		variables.put("subject", subject);
		Context context = new Context(locale, variables);
		return new RenderedEmail(subject, engine.process(model.template() + ".txt", context),
				engine.process(model.template() + ".html", context));
	}

	private String humanDateTime(Instant instant, Locale locale) {
		// The pattern is in the bundle so that each language writes dates its own way.
		String pattern = messages.getMessage("mail.datetime.pattern", null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC).format(instant);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
