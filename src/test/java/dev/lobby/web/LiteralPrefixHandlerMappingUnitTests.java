package dev.lobby.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.util.pattern.PathPatternParser;

class LiteralPrefixHandlerMappingUnitTests {

	@Test
	void aPatternsLiteralStartEndsAtItsFirstVariableOrWildcard() {
		assertThat(LiteralPrefixHandlerMapping.literalStart("/public/v1/accounts/accounts/{id}/users"))
			.isEqualTo("/public/v1/accounts/accounts/");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/settings/users")).isEqualTo("/settings/users");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/webjars/**")).isEqualTo("/webjars/");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/files/a?c")).isEqualTo("/files/a");
		assertThat(LiteralPrefixHandlerMapping.literalStart("/{*path}")).isEqualTo("/");
	}

	@Test
	void aPathMayMatchWhenItBeginsAsOneOfThePatternsDoes() {
		String[] users = LiteralPrefixHandlerMapping
			.literalStarts(new PathPatternsRequestCondition(PathPatternParser.defaultInstance,
					"/public/v1/accounts/accounts/{id}/users", "/public/v1/accounts/users"));

		assertThat(LiteralPrefixHandlerMapping.mayMatch(users, "/public/v1/accounts/accounts/ACC-1/users")).isTrue();
		assertThat(LiteralPrefixHandlerMapping.mayMatch(users, "/public/v1/accounts/users")).isTrue();
		assertThat(LiteralPrefixHandlerMapping.mayMatch(users, "/public/v1/accounts/user-groups/UGR-1")).isFalse();
		assertThat(LiteralPrefixHandlerMapping.mayMatch(users, "/settings/users")).isFalse();
		assertThat(LiteralPrefixHandlerMapping.mayMatch(LiteralPrefixHandlerMapping.literalStarts(null), "/anything"))
			.as("no path condition: Spring decides")
			.isTrue();
	}

}
