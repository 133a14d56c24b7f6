package dev.lobby.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * What the layout of every page needs, added to every view a handler renders: who is
 * signed in ({@code caller}, the navigation), and whether the embedded mailbox exists
 * ({@code mailbox}, a link in the header, with {@code mailboxCount}, how many emails it
 * caught).
 * <p>
 * Added once a handler has chosen its view, not as {@code @ModelAttribute} methods of a
 * controller advice: those would run for every REST call too (a {@code @RestController}
 * is a {@code @Controller}), which renders no view; that was about a twentieth of the CPU
 * of an API call (docs/performance.md). A redirect gets nothing: its model would become
 * the query of the URL it redirects to.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

	private final boolean mailbox;

	private final ObjectProvider<CaughtEmailCount> caught;

	LayoutModel(MailboxLinkProperties mailbox, ObjectProvider<CaughtEmailCount> caught) {
		this.mailbox = mailbox.enabled();
		this.caught = caught;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || redirects(page)) {
			return;
		}
		page.addObject("caller", PageCallerFilter.of(request));
		page.addObject("mailbox", mailbox);
		page.addObject("mailboxCount", mailboxCount());
	}

	private static boolean redirects(ModelAndView page) {
		if (page.isReference()) {
			String name = page.getViewName();
			return name != null && name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
		}
		return page.getView() instanceof SmartView view && view.isRedirectView();
	}

	/** How many emails the mailbox holds (the header shows it); null without one. */
	private @Nullable Integer mailboxCount() {
		CaughtEmailCount count = mailbox ? caught.getIfAvailable() : null;
		return count == null ? null : count.caught();
	}

}
