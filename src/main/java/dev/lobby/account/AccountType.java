package dev.lobby.account;

/** The platform operator's account, or one of its clients'. */
public enum AccountType {

	Operations, Client

}
