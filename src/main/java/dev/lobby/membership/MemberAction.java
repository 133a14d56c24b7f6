package dev.lobby.membership;

/**
 * What an administrator may do to a member, in the order an actions menu offers them.
 * Which ones a member offers now is {@link AccountUser#actions}; each action's own method
 * of {@link AccountUser} still refuses it when the member changed meanwhile.
 */
public enum MemberAction {

	EDIT, RESEND, COPY_LINK, SEND_NEW, BLOCK, UNBLOCK, REMOVE

}
