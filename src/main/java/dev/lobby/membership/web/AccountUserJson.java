package dev.lobby.membership.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.lobby.membership.AccountUser;
import dev.lobby.membership.MemberDetails;
import dev.lobby.platform.Stamp;

/** An account user in the API's shape (SPEC §5). */
record AccountUserJson(String id, String href, UserRef user, Ref account,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Ref> groups,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Ref> modules, String status,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Invitation invitation, @Nullable Instant joinedAt,
		@Nullable Instant lastSignInAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Audit audit) {

	record UserRef(String id, String email, String firstName, String lastName) {
	}

	record Ref(String id, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Invitation(String status, @Nullable String url, @Nullable Instant expiresAt,
			@Schema(description = "Where the latest invitation email stands; missing when none was sent (or it was"
					+ " purged after lobby.mail.retention)") @Nullable Delivery delivery) {
	}

	/**
	 * The latest invitation email: Pending, Sent or Failed, with a reason an
	 * administrator may read when it failed.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Delivery(@Schema(
			description = "Pending: queued or being retried; Sent: the mail server accepted it; Failed: given up",
			allowableValues = {
					"Pending", "Sent", "Failed" }) String status,
			@Schema(description = "Only when Failed: why, in a sentence fit to show an administrator",
					example = "The mail server refused the recipient's address (SMTP 550 5.1.1).") @Nullable String reason){

		static @Nullable Delivery of(dev.lobby.mail.@Nullable Delivery delivery) {
			return delivery == null ? null : new Delivery(delivery.status(), delivery.reason());
		}
	}

	record Audit(Change created, Change updated) {
	}

	record Change(Instant at, Ref by) {

		static Change of(Stamp stamp) {
			return new Change(stamp.at(), new Ref(stamp.byId(), stamp.byName()));
		}
	}

	static AccountUserJson of(MemberDetails details) {
		return of(details, MemberSelection.ALL);
	}

	/** Without the optional parts the caller dropped (only lists offer that). */
	static AccountUserJson of(MemberDetails details, MemberSelection selection) {
		AccountUserJson full = full(details);
		return new AccountUserJson(full.id, full.href, full.user, full.account, selection.groups() ? full.groups : null,
				selection.modules() ? full.modules : null, full.status, selection.invitation() ? full.invitation : null,
				full.joinedAt, full.lastSignInAt, selection.audit() ? full.audit : null);
	}

	private static AccountUserJson full(MemberDetails details) {
		AccountUser member = details.member();
		var person = member.person();
		return new AccountUserJson(member.id(),
				"/public/v1/accounts/accounts/" + member.accountId() + "/users/" + member.id(),
				new UserRef(person.userId(), person.email().value(), person.firstName(), person.lastName()),
				new Ref(details.account().id(), details.account().name()),
				details.groups().stream().map(g -> new Ref(g.id(), g.name())).toList(),
				details.modules().stream().map(m -> new Ref(m.id(), m.name())).toList(), details.status().name(),
				new Invitation(details.invitationStatus(), details.invitationUrl(), details.invitationExpiresAt(),
						Delivery.of(details.invitationDelivery())),
				member.joinedAt(), person.lastSignInAt(),
				new Audit(Change.of(member.created()), Change.of(member.updated())));
	}
}
