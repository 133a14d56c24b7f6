package dev.lobby.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleUnitTests {

	@Test
	void anIpv6ClientIsCountedByItsNetworkSoFreshAddressesDoNotBuyFreshGuesses() {
		assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(SignInThrottle.addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(SignInThrottle.addressKey("2001:db8:1:3::1"))
			.isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:2::1"));
	}

	@Test
	void anIpv4ClientIsCountedByItsAddress() {
		assertThat(SignInThrottle.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(SignInThrottle.addressKey(null)).isNull();
	}

}
