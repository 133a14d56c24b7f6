package dev.lobby.onboarding.web;

/** Account creation over the API on the embedded database. */
class H2AccountOnboardingIntegrationTests extends AccountOnboardingContract {

}
