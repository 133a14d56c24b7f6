package dev.lobby.mail.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.lobby.mail.MailProperties;

/**
 * Every caught email holds a live invitation link, so the mailbox answers only clients on
 * this machine (loopback) unless {@code lobby.mail.embedded.mailbox-remote-access} opens
 * it; anyone else gets 404, as if it did not exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("lobby.mail.embedded.enabled")
class MailboxAccess implements WebMvcConfigurer, HandlerInterceptor {

	private final boolean remoteAccess;

	@Autowired
	MailboxAccess(MailProperties properties) {
		this(properties.embedded().mailboxRemoteAccess());
	}

	MailboxAccess(boolean remoteAccess) {
		this.remoteAccess = remoteAccess;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/dev/mailbox", "/dev/mailbox/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (remoteAccess || isLoopback(request.getRemoteAddr())) {
			return true;
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
		return false;
	}

	/** Only a literal address counts (never a name lookup): 127.0.0.0/8 and ::1. */
	static boolean isLoopback(@Nullable String address) {
		if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}

}
