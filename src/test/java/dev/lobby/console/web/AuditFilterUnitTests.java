package dev.lobby.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditFilterUnitTests {

	@Test
	void theFilterBecomesTheRqlOfTheRestListWithEveryValueEncoded() {
		AuditFilter filter = AuditFilter.of("invitation", "Alex T", "AUSR", "2026-11-01", "2026-11-30", "2");
		assertThat(filter.rql()).isEqualTo("ilike(eventKey,*invitation*)"
				+ "&or(ilike(actor.name,*Alex%20T*),eq(actor.id,Alex%20T))"
				+ "&or(ilike(object.id,*AUSR*),ilike(object.type,*AUSR*))"
				+ "&ge(occurredAt,2026-11-01T00%3A00%3A00Z)&lt(occurredAt,2026-12-01T00%3A00%3A00Z)&limit=25&offset=25");
		assertThat(filter.url()).isEqualTo(
				"/settings/audit?event=invitation&actor=Alex+T&object=AUSR&from=2026-11-01&to=2026-11-30&page=2");
		assertThat(AuditFilter.of("a,b)&x", null, null, null, null, null).rql())
			.isEqualTo("ilike(eventKey,*a%2Cb%29%26x*)&limit=25&offset=0");
	}

	@Test
	void whatTheUrlHoldsThatThePageDoesNotUnderstandIsLeftOut() {
		AuditFilter filter = AuditFilter.of(null, "  ", null, "yesterday", "2026-02-30", "-3");
		assertThat(filter.rql()).isEqualTo("limit=25&offset=0");
		assertThat(filter.url()).isEqualTo("/settings/audit");
		assertThat(filter.filtered()).isFalse();
		assertThat(AuditFilter.of(null, null, null, null, null, "many").page()).isEqualTo(1);
	}

}
