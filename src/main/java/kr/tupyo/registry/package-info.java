/**
 * The resident register as the commission receives it: administrative divisions, full extracts and
 * change events from the Ministry's resident registration system, disqualification notices, and the
 * handling of resident registration numbers. Its base package is its API ({@link kr.tupyo.registry.Divisions},
 * {@link kr.tupyo.registry.ResidentRegister}, {@link kr.tupyo.registry.ResidentRegistrationNumber});
 * {@code internal} holds the imports and repositories, {@code web} the API and pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resident register")
package kr.tupyo.registry;
