package dev.lobby.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.lobby.platform.IfMatch;

/**
 * A handler that changes a versioned object takes an {@link IfMatch} parameter, read here
 * from the optional {@code If-Match} header (a malformed one is a 400 naming the header),
 * and the API description documents that header on exactly those operations.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchHeader implements WebMvcConfigurer {

	static {
		// The parameter is not a request body or query object: the header below describes
		// it.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	@Bean
	OperationCustomizer ifMatchParameter() {
		return (operation, handler) -> {
			if (Arrays.stream(handler.getMethodParameters()).anyMatch(Resolver::reads)) {
				operation.addParametersItem(new Parameter().in("header")
					.name(HttpHeaders.IF_MATCH)
					.required(false)
					.schema(new StringSchema()));
			}
			return operation;
		};
	}

	private static final class Resolver implements HandlerMethodArgumentResolver {

		static boolean reads(MethodParameter parameter) {
			return parameter.getParameterType() == IfMatch.class;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return reads(parameter);
		}

		@Override
		public IfMatch resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
				NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
			return IfMatch.of(request.getHeader(HttpHeaders.IF_MATCH));
		}

	}

}
